import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImpactCode, OverviewSummaryQuery } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { SiteTag } from '../../ui/components/site-tag';
import { useIsPhone } from '../../ui/hooks/use-is-phone';
import {
  type AffectedStore,
  buildImpactMatrix,
  IMPACT_COLORS,
  MATRIX_SITES,
  type MatrixRow,
} from '../utils/impact-matrix';
import { ImpactMarker } from './impact-marker';

type SiteCount = OverviewSummaryQuery['portfolioSummary']['bySite'][number];

type ImpactMatrixCardProps = {
  affected: AffectedStore[];
  totalCount: number;
  bySite: SiteCount[];
  loading: boolean;
  error: unknown;
};

const LEGEND: ImpactCode[] = [
  'VERIFICATION_OVERDUE',
  'STORE_RESTRICTED',
  'LICENSE_EXPIRED',
  'OPEN_VERIFICATION_CASE',
  'LICENSE_EXPIRING',
  'DOCUMENT_EXPIRING',
];

const PHONE_PAGE_SIZE = 10;

/**
 * On a phone six site columns do not fit: one item per entity, its affected sites beneath its
 * name (the same markers, tooltips and links as the matrix's cells), ten at a time.
 */
const ImpactList = ({ rows }: { rows: MatrixRow[] }) => {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PHONE_PAGE_SIZE);
  if (!rows.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.matrix.empty')} />;
  return (
    <>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {rows.slice(0, shown).map((row) => (
          <li
            key={row.entityId}
            aria-label={row.legalName}
            style={{ padding: '10px 12px', borderBottom: '1px solid #f0f0f0' }}
          >
            <Link to={`/entities/${row.entityId}`} style={{ display: 'block', minHeight: 24 }}>
              {row.legalName}
            </Link>
            {row.englishName ? (
              <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
                {row.englishName}
              </Typography.Text>
            ) : null}
            <Flex gap={8} wrap style={{ marginTop: 6 }}>
              {MATRIX_SITES.map((site) => {
                const cell = row.cells[site];
                return cell ? (
                  <Flex key={site} gap={4} align="center">
                    <SiteTag site={site} />
                    <ImpactMarker entityId={row.entityId} site={site} cell={cell} />
                  </Flex>
                ) : null;
              })}
            </Flex>
          </li>
        ))}
      </ul>
      {rows.length > shown ? (
        <Flex justify="center" style={{ padding: 12 }}>
          <Button block onClick={() => setShown((count) => count + PHONE_PAGE_SIZE)}>
            {t('overview.matrix.showMore', { count: rows.length - shown })}
          </Button>
        </Flex>
      ) : null}
    </>
  );
};

/** Entities × sites: which stores are hit, and by what, most urgent entities first. */
export const ImpactMatrixCard = memo(function ImpactMatrixCard({
  affected,
  totalCount,
  bySite,
  loading,
  error,
}: ImpactMatrixCardProps) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const rows = useMemo(() => buildImpactMatrix(affected), [affected]);
  const counts = new Map(bySite.map((count) => [count.site, count]));

  const columns: TableColumnsType<MatrixRow> = [
    {
      title: t('overview.matrix.entity'),
      key: 'entity',
      ellipsis: true,
      render: (_, row) => (
        <div style={{ minWidth: 0 }}>
          <Link to={`/entities/${row.entityId}`}>{row.legalName}</Link>
          {row.englishName ? (
            <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
              {row.englishName}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    ...MATRIX_SITES.map((site) => {
      const count = counts.get(site);
      return {
        key: site,
        width: 110,
        align: 'center' as const,
        title: (
          <Flex vertical align="center" gap={2}>
            <SiteTag site={site} />
            {count ? (
              <Typography.Text type="secondary" style={{ fontSize: 11, fontWeight: 'normal' }}>
                {t('overview.matrix.siteCount', { affected: count.affected, stores: count.stores })}
              </Typography.Text>
            ) : null}
          </Flex>
        ),
        render: (_: unknown, row: MatrixRow) => {
          const cell = row.cells[site];
          return cell ? <ImpactMarker entityId={row.entityId} site={site} cell={cell} /> : null;
        },
      };
    }),
  ];

  return (
    <Card
      title={t('overview.matrix.title', { stores: totalCount, entities: rows.length })}
      extra={
        <Flex gap={4} wrap align="center">
          {LEGEND.map((code) => (
            <Tag key={code} color={IMPACT_COLORS[code]} style={{ marginInlineEnd: 0 }}>
              {t(`impact.short.${code}`)}
            </Tag>
          ))}
        </Flex>
      }
      styles={{ body: { padding: 0 } }}
      data-testid="overview-matrix"
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          title={describeApiError(t, readApiError(error))}
          style={{ margin: 16 }}
        />
      ) : null}
      {phone ? (
        loading && !rows.length ? (
          <Skeleton active style={{ padding: 12 }} />
        ) : (
          <ImpactList rows={rows} />
        )
      ) : (
        <Table<MatrixRow>
          rowKey="entityId"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={loading}
          tableLayout="fixed"
          pagination={
            rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false
          }
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('overview.matrix.empty')}
              />
            ),
          }}
        />
      )}
    </Card>
  );
});
