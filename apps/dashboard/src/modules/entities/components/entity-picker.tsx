import { Flex, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityOptionsQuery } from '../../../generated/graphql';
import { searchText } from '../../ui/utils/identifiers';
import { useEntityOption, useEntityOptions } from '../hooks/use-entity-options';

export type EntityOption = EntityOptionsQuery['sellerEntities']['edges'][number]['node'];

type EntityPickerProps = {
  id?: string;
  value?: string | null;
  onChange?: (id: string | null, entity: EntityOption | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
};

/** Searches seller entities by Chinese or English name or USCC, on the server. */
export const EntityPicker = ({
  id,
  value,
  onChange,
  placeholder,
  allowClear,
  style,
  ...rest
}: EntityPickerProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { entities, loading } = useEntityOptions(search);
  const { entity: selected } = useEntityOption(value ?? null);

  const all = useMemo(() => {
    const list = [...entities];
    if (selected && !list.some((entity) => entity.id === selected.id)) list.unshift(selected);
    return list;
  }, [entities, selected]);

  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      value={value ?? undefined}
      placeholder={placeholder ?? t('cases.entityPicker.placeholder')}
      allowClear={allowClear}
      loading={loading}
      style={style}
      showSearch={{ filterOption: false, onSearch: (text) => setSearch(searchText(text)) }}
      notFoundContent={loading ? t('common.loading') : t('cases.entityPicker.noMatch')}
      optionLabelProp="title"
      options={all.map((entity) => ({
        value: entity.id,
        title: entity.legalName,
        label: (
          <Flex vertical>
            <Typography.Text>{entity.legalName}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {entity.uscc}
            </Typography.Text>
          </Flex>
        ),
      }))}
      onChange={(next) => {
        setSearch('');
        const entity = all.find((candidate) => candidate.id === next) ?? null;
        onChange?.(next ?? null, entity);
      }}
    />
  );
};
