import { Alert, Card, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImpactCode, OverviewSummaryQuery } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { SiteTag } from '../../ui/components/site-tag';
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

/** Entities × sites: which stores are hit, and by what, most urgent entities first. */
export const ImpactMatrixCard = memo(function ImpactMatrixCard({
  affected,
  totalCount,
  bySite,
  loading,
  error,
}: ImpactMatrixCardProps) {
  const { t } = useTranslation();
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
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.matrix.empty')} />
          ),
        }}
      />
    </Card>
  );
});
