import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Site, StoreStatus } from '../../../generated/graphql';

// The store's status colour (as StatusTag uses it), so a restricted site stands out in a row.
export const STORE_STATUS_COLORS: Record<StoreStatus, string> = {
  ACTIVE: 'green',
  RESTRICTED: 'orange',
  FROZEN: 'red',
  UNDER_REVIEW: 'gold',
  CLOSED: 'default',
};

const SITE_ORDER: Site[] = ['MY', 'SG', 'PH', 'TH', 'VN', 'ID'];

type StoreSummary = { id: string; site: Site; shopName: string; status: StoreStatus };

/** An entity's stores as site codes, each coloured by its store's status. */
export const StoreSiteTags = ({ stores }: { stores: StoreSummary[] }) => {
  const { t } = useTranslation();
  if (stores.length === 0) return <span>{t('entities.noStores')}</span>;
  const sorted = [...stores].sort(
    (a, b) => SITE_ORDER.indexOf(a.site) - SITE_ORDER.indexOf(b.site),
  );
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {sorted.map((store) => {
        const description = t('entities.storeTag', {
          site: t(`sites.${store.site}`),
          shop: store.shopName,
          status: t(`status.store.${store.status}`),
        });
        return (
          <Tooltip key={store.id} title={description}>
            <Tag
              color={STORE_STATUS_COLORS[store.status]}
              style={{ marginInlineEnd: 0 }}
              aria-label={description}
            >
              {store.site}
            </Tag>
          </Tooltip>
        );
      })}
    </span>
  );
};
