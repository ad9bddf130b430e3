import { Button, Flex, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../entities/components/entity-picker';
import {
  DOCUMENT_STATUS_VALUES,
  DOCUMENT_TYPE_VALUES,
  type DocumentListParams,
  SITE_VALUES,
} from '../utils/document-filters';

type DocumentFiltersProps = {
  params: DocumentListParams;
  onChange: (
    changes: Record<string, string | number | null>,
    options?: { replace?: boolean },
  ) => void;
};

/** Status, type, site, expiring within N days and entity — every one held in the URL. */
export const DocumentFilters = ({ params, onChange }: DocumentFiltersProps) => {
  const { t } = useTranslation();
  const active = Object.values(params).some((value) => value !== null);
  return (
    <Flex gap={8} wrap align="center" role="search" aria-label={t('documents.filters.label')}>
      <Select
        aria-label={t('documents.filters.status')}
        placeholder={t('documents.filters.status')}
        allowClear
        style={{ width: 130 }}
        value={params.status ?? undefined}
        options={DOCUMENT_STATUS_VALUES.map((status) => ({
          value: status,
          label: t(`status.document.${status}`),
        }))}
        onChange={(status) => onChange({ status: status ?? null })}
      />
      <Select
        aria-label={t('documents.filters.type')}
        placeholder={t('documents.filters.type')}
        allowClear
        style={{ width: 160 }}
        value={params.type ?? undefined}
        options={DOCUMENT_TYPE_VALUES.map((type) => ({
          value: type,
          label: t(`documents.types.${type}`),
        }))}
        onChange={(type) => onChange({ type: type ?? null })}
      />
      <Select
        aria-label={t('documents.filters.site')}
        placeholder={t('documents.filters.site')}
        allowClear
        style={{ width: 140 }}
        value={params.site ?? undefined}
        options={SITE_VALUES.map((site) => ({
          value: site,
          label: `${site} · ${t(`sites.${site}`)}`,
        }))}
        onChange={(site) => onChange({ site: site ?? null })}
      />
      <InputNumber
        aria-label={t('documents.filters.expiringWithinDays')}
        placeholder={t('documents.filters.expiringWithinDaysPlaceholder')}
        min={0}
        max={3650}
        precision={0}
        style={{ width: 170 }}
        suffix={t('documents.filters.days')}
        value={params.expiringWithinDays}
        onChange={(days) => onChange({ expiringWithinDays: days ?? null }, { replace: true })}
      />
      <EntityPicker
        aria-label={t('documents.filters.entity')}
        placeholder={t('documents.filters.entity')}
        allowClear
        style={{ width: 240 }}
        value={params.sellerEntityId}
        onChange={(id) => onChange({ sellerEntityId: id })}
      />
      {active ? (
        <Button
          type="link"
          onClick={() =>
            onChange({
              status: null,
              type: null,
              site: null,
              expiringWithinDays: null,
              sellerEntityId: null,
            })
          }
        >
          {t('documents.filters.clear')}
        </Button>
      ) : null}
    </Flex>
  );
};
