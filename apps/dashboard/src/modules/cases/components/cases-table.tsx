import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseListFieldsFragment } from '../../../generated/graphql';
import { useFormatDateTime } from '../../i18n/hooks/use-format-date-time';
import { DeadlineCountdown } from '../../ui/components/deadline-countdown';
import { DualTime } from '../../ui/components/dual-time';
import { SiteTag } from '../../ui/components/site-tag';
import { StatusTag } from '../../ui/components/status-tag';
import { isClosedCase } from '../utils/case-status';

type CasesTableProps = {
  cases: CaseListFieldsFragment[];
  loading: boolean;
  empty: React.ReactNode;
};

/** Cases in the API's order — earliest deadline first — with a live countdown. */
export const CasesTable = ({ cases, loading, empty }: CasesTableProps) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();

  const columns: TableColumnsType<CaseListFieldsFragment> = [
    {
      title: t('cases.columns.entity'),
      key: 'entity',
      render: (_, item) => (
        <div style={{ minWidth: 0 }}>
          <Link to={`/cases/${item.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {item.sellerEntity.legalName}
            </Typography.Text>
          </Link>
          <br />
          <Typography.Text type="secondary">
            {t('cases.columns.representativeName', { name: item.representative.fullName })}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('cases.columns.site'),
      dataIndex: 'site',
      width: 80,
      render: (site: string) => <SiteTag site={site} />,
    },
    {
      title: t('cases.columns.status'),
      dataIndex: 'status',
      width: 100,
      render: (status: string) => <StatusTag kind="case" status={status} />,
    },
    {
      title: t('cases.columns.deadline'),
      key: 'deadline',
      width: 190,
      render: (_, item) =>
        isClosedCase(item.status) ? (
          <Typography.Text type="secondary">{formatDateTime(item.deadlineAt)}</Typography.Text>
        ) : (
          <DeadlineCountdown deadlineAt={item.deadlineAt} />
        ),
    },
    {
      title: t('cases.columns.appointment'),
      key: 'appointment',
      width: 330,
      render: (_, item) =>
        item.appointment ? (
          <DualTime
            startsAt={item.appointment.startsAt}
            siteTimeZone={item.appointment.siteTimeZone}
          />
        ) : (
          <Typography.Text type="secondary">{t('cases.noAppointment')}</Typography.Text>
        ),
    },
    {
      title: t('cases.columns.manager'),
      key: 'manager',
      width: 110,
      render: (_, item) =>
        item.sellerEntity.manager?.user.name ?? (
          <Typography.Text type="secondary">{t('cases.unassigned')}</Typography.Text>
        ),
    },
  ];

  return (
    <Table<CaseListFieldsFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={cases}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
      locale={{ emptyText: empty }}
    />
  );
};
