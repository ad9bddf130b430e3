import { Button, Flex, Input, InputNumber, Select, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberFieldsFragment, Site, VerificationStatus } from '../../../generated/graphql';
import { searchText } from '../../ui/utils/identifiers';
import { ALL_MANAGERS, type EntityFilters } from '../hooks/use-entity-filters';

const SITES: Site[] = ['MY', 'SG', 'PH', 'TH', 'VN', 'ID'];
const VERIFICATION_STATUSES: VerificationStatus[] = [
  'OVERDUE',
  'FAILED',
  'AWAITING_BOOKING',
  'SCHEDULED',
  'VERIFIED',
  'NOT_REQUIRED',
];

type EntitiesFiltersProps = {
  filters: EntityFilters;
  /** The manager filter in force (a Member id or "all"), defaults applied. */
  managerValue: string;
  members: MemberFieldsFragment[];
  onChange: <K extends keyof EntityFilters>(key: K, value: EntityFilters[K]) => void;
  onClear: () => void;
};

export const EntitiesFilters = ({
  filters,
  managerValue,
  members,
  onChange,
  onClear,
}: EntitiesFiltersProps) => {
  const { t } = useTranslation();
  // The search box keeps its own text while typing; the URL changes on Enter or the button.
  const [search, setSearch] = useState(filters.search);
  useEffect(() => setSearch(filters.search), [filters.search]);

  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }} role="search">
      <Input.Search
        aria-label={t('entities.filters.search')}
        placeholder={t('entities.filters.searchPlaceholder')}
        allowClear
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onSearch={(value) => onChange('search', searchText(value))}
        style={{ width: 240 }}
      />
      <Select<Site>
        aria-label={t('entities.filters.site')}
        placeholder={t('entities.filters.allSites')}
        allowClear
        value={filters.site ?? undefined}
        onChange={(value) => onChange('site', value ?? null)}
        options={SITES.map((site) => ({ value: site, label: `${site} · ${t(`sites.${site}`)}` }))}
        style={{ width: 128 }}
      />
      <Select<string>
        aria-label={t('entities.filters.manager')}
        value={managerValue}
        onChange={(value) => onChange('manager', value)}
        options={[
          { value: ALL_MANAGERS, label: t('entities.filters.allManagers') },
          ...members.map((member) => ({ value: member.id, label: member.user.name })),
        ]}
        style={{ width: 140 }}
      />
      <Select<VerificationStatus>
        aria-label={t('entities.filters.verificationStatus')}
        placeholder={t('entities.filters.anyVerificationStatus')}
        allowClear
        value={filters.verificationStatus ?? undefined}
        onChange={(value) => onChange('verificationStatus', value ?? null)}
        options={VERIFICATION_STATUSES.map((status) => ({
          value: status,
          label: t(`status.verification.${status}`),
        }))}
        style={{ width: 140 }}
      />
      <Flex gap={4} align="center">
        <InputNumber<number>
          aria-label={t('entities.filters.affectedWithinDays')}
          placeholder={t('entities.filters.affectedWithinDaysPlaceholder')}
          min={1}
          max={365}
          precision={0}
          value={filters.affectedWithinDays}
          onChange={(value) => onChange('affectedWithinDays', value ?? null)}
          style={{ width: 136 }}
          suffix={t('entities.filters.days')}
        />
      </Flex>
      <Flex gap={6} align="center">
        <Switch
          id="entities-include-archived"
          size="small"
          checked={filters.includeArchived}
          onChange={(checked) => onChange('includeArchived', checked)}
        />
        <Typography.Text>
          <label htmlFor="entities-include-archived">{t('entities.filters.includeArchived')}</label>
        </Typography.Text>
      </Flex>
      <Button type="link" onClick={onClear}>
        {t('entities.filters.clear')}
      </Button>
    </Flex>
  );
};
