import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../../members/hooks/use-members';
import { type CaseListParams, CASE_STATUS_VALUES, SITE_VALUES } from '../utils/case-filters';
import { EntityPicker } from '../../entities/components/entity-picker';

const DUE_PRESETS = [12, 24, 48, 72];

type CaseFiltersProps = {
  params: CaseListParams;
  onChange: (changes: Record<string, string | number | null>) => void;
};

/** Status, site, due within, entity and manager — every one held in the URL. */
export const CaseFilters = ({ params, onChange }: CaseFiltersProps) => {
  const { t } = useTranslation();
  const { members } = useMembers();
  const duePresets =
    params.dueWithinHours !== null && !DUE_PRESETS.includes(params.dueWithinHours)
      ? [...DUE_PRESETS, params.dueWithinHours].sort((a, b) => a - b)
      : DUE_PRESETS;
  const active = Object.values(params).some((value) => value !== null);

  return (
    <Flex gap={8} wrap align="center" role="search" aria-label={t('cases.filters.label')}>
      <Select
        aria-label={t('cases.filters.status')}
        placeholder={t('cases.filters.status')}
        allowClear
        style={{ width: 130 }}
        value={params.status ?? undefined}
        options={CASE_STATUS_VALUES.map((status) => ({
          value: status,
          label: t(`status.case.${status}`),
        }))}
        onChange={(status) => onChange({ status: status ?? null })}
      />
      <Select
        aria-label={t('cases.filters.site')}
        placeholder={t('cases.filters.site')}
        allowClear
        style={{ width: 140 }}
        value={params.site ?? undefined}
        options={SITE_VALUES.map((site) => ({
          value: site,
          label: `${site} · ${t(`sites.${site}`)}`,
        }))}
        onChange={(site) => onChange({ site: site ?? null })}
      />
      <Select
        aria-label={t('cases.filters.dueWithin')}
        placeholder={t('cases.filters.dueWithin')}
        allowClear
        style={{ width: 150 }}
        value={params.dueWithinHours ?? undefined}
        options={duePresets.map((hours) => ({
          value: hours,
          label: t('cases.filters.dueWithinHours', { hours }),
        }))}
        onChange={(hours) => onChange({ dueWithinHours: hours ?? null })}
      />
      <EntityPicker
        aria-label={t('cases.filters.entity')}
        placeholder={t('cases.filters.entity')}
        allowClear
        style={{ width: 240 }}
        value={params.sellerEntityId}
        onChange={(id) => onChange({ sellerEntityId: id })}
      />
      <Select
        aria-label={t('cases.filters.manager')}
        placeholder={t('cases.filters.manager')}
        allowClear
        style={{ width: 140 }}
        value={params.managerId ?? undefined}
        options={members.map((member) => ({ value: member.id, label: member.user.name }))}
        onChange={(managerId) => onChange({ managerId: managerId ?? null })}
      />
      {active ? (
        <Button
          type="link"
          onClick={() =>
            onChange({
              status: null,
              site: null,
              dueWithinHours: null,
              sellerEntityId: null,
              managerId: null,
            })
          }
        >
          {t('cases.filters.clear')}
        </Button>
      ) : null}
    </Flex>
  );
};
