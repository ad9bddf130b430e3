import { Alert, Card, Empty, Flex, Table, type TableColumnsType, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverviewOpenCasesQuery } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { DeadlineCountdown } from '../../ui/components/deadline-countdown';
import { SiteTag } from '../../ui/components/site-tag';
import { StatusTag } from '../../ui/components/status-tag';
import { useIsPhone } from '../../ui/hooks/use-is-phone';

type OpenCase = OverviewOpenCasesQuery['verificationCases']['edges'][number]['node'];

type UrgentCasesCardProps = {
  cases: OpenCase[];
  totalCount: number;
  loading: boolean;
  error: unknown;
};

const OVERDUE_CELL: CSSProperties = { background: '#fff1f0' };

/** Open cases, earliest deadline first; overdue ones in red at the top. */
export const UrgentCasesCard = memo(function UrgentCasesCard({
  cases,
  totalCount,
  loading,
  error,
}: UrgentCasesCardProps) {
  const { t } = useTranslation();
  // On a phone the four columns would squeeze the countdown off screen: one column, the site,
  // status and countdown under the entity's name.
  const phone = useIsPhone();
  const overdueCell = (record: OpenCase) => ({
    style: record.status === 'OVERDUE' ? OVERDUE_CELL : undefined,
  });

  const columns: TableColumnsType<OpenCase> = [
    {
      title: t('overview.cases.columns.entity'),
      key: 'entity',
      onCell: (record) => ({
        style: {
          ...(record.status === 'OVERDUE' ? OVERDUE_CELL : {}),
          borderInlineStart: record.status === 'OVERDUE' ? '3px solid #cf1322' : undefined,
        },
      }),
      render: (_, record) => (
        <div style={{ minWidth: 0 }}>
          <Link to={`/cases/${record.id}`}>{record.sellerEntity.legalName}</Link>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('overview.cases.representative', { name: record.representative.fullName })}
          </Typography.Text>
          {phone ? (
            <Flex gap={6} wrap align="center" style={{ marginTop: 4 }}>
              <SiteTag site={record.site} />
              <StatusTag kind="case" status={record.status} />
              <DeadlineCountdown deadlineAt={record.deadlineAt} />
            </Flex>
          ) : null}
        </div>
      ),
    },
    {
      title: t('overview.cases.columns.site'),
      dataIndex: 'site',
      width: 70,
      onCell: overdueCell,
      render: (site: string) => <SiteTag site={site} />,
    },
    {
      title: t('overview.cases.columns.status'),
      dataIndex: 'status',
      width: 96,
      onCell: overdueCell,
      render: (status: string) => <StatusTag kind="case" status={status} />,
    },
    {
      title: t('overview.cases.columns.deadline'),
      dataIndex: 'deadlineAt',
      width: 190,
      onCell: overdueCell,
      render: (deadlineAt: string) => <DeadlineCountdown deadlineAt={deadlineAt} />,
    },
  ];

  return (
    <Card
      title={t('overview.cases.title', { count: totalCount })}
      extra={<Link to="/cases">{t('overview.cases.viewAll')}</Link>}
      styles={{ body: { padding: 0 } }}
      data-testid="overview-cases"
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          title={describeApiError(t, readApiError(error))}
          style={{ margin: 16 }}
        />
      ) : null}
      <Table<OpenCase>
        className="phone-fit"
        rowKey="id"
        size="small"
        columns={phone ? columns.slice(0, 1) : columns}
        dataSource={cases}
        loading={loading}
        pagination={
          cases.length > 6 ? { pageSize: 6, size: 'small', showSizeChanger: false } : false
        }
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.cases.empty')} />
          ),
        }}
      />
    </Card>
  );
});
