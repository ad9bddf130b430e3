import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Site } from '../../../generated/graphql';
import { IMPACT_COLORS, type MatrixCell } from '../utils/impact-matrix';

type ImpactMarkerProps = { entityId: string; site: Site; cell: MatrixCell };

/** One site of one entity: a marker coloured by the most urgent reason; every reason on hover. */
export const ImpactMarker = ({ entityId, site, cell }: ImpactMarkerProps) => {
  const { t } = useTranslation();
  const reasonText = (code: string, due: string | null | undefined) => {
    return due
      ? t('impact.reasonWithDate', { reason: t(`impact.codes.${code}`), date: due })
      : t(`impact.codes.${code}`);
  };
  const reasonCount = cell.stores.reduce((total, item) => total + item.reasons.length, 0);
  const label = [
    `${site}`,
    ...cell.stores.flatMap((item) => [
      item.store.shopName,
      ...item.reasons.map((reason) => reasonText(reason.code, reason.dueOn)),
    ]),
  ].join('；');

  const tooltip = (
    <div data-testid="impact-tooltip">
      {cell.stores.map((item) => (
        <div key={item.store.id} style={{ marginBottom: 4 }}>
          <strong>
            {item.store.shopName} · {t(`status.store.${item.store.status}`)}
          </strong>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {item.reasons.map((reason, index) => (
              <li key={`${reason.code}-${index}`}>{reasonText(reason.code, reason.dueOn)}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );

  return (
    <Tooltip title={tooltip} placement="top">
      <Link
        to={`/entities/${entityId}?tab=stores`}
        aria-label={label}
        data-testid={`impact-${site}`}
      >
        <Tag color={IMPACT_COLORS[cell.code]} style={{ marginInlineEnd: 0, cursor: 'pointer' }}>
          {t(`impact.short.${cell.code}`)}
          {reasonCount > 1 ? ` +${reasonCount - 1}` : ''}
        </Tag>
      </Link>
    </Tooltip>
  );
};
