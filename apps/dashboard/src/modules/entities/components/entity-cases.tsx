import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { EntityPageQuery } from '../../../generated/graphql';
import { DeadlineCountdown } from '../../ui/components/deadline-countdown';
import { DualTime } from '../../ui/components/dual-time';
import { SiteTag } from '../../ui/components/site-tag';
import { StatusTag } from '../../ui/components/status-tag';

type EntityCase = EntityPageQuery['sellerEntity']['verificationCases'][number];

const OPEN = new Set(['AWAITING_BOOKING', 'SCHEDULED', 'FAILED', 'OVERDUE']);

/** The entity's verification cases, newest first; each opens in the case workspace. */
export const EntityCases = ({
  entityId,
  cases,
  canWrite,
}: {
  entityId: string;
  cases: EntityCase[];
  canWrite: boolean;
}) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns: TableColumnsType<EntityCase> = [
    {
      title: t('entity.cases.columns.case'),
      key: 'case',
      render: (_, record) => (
        <Link to={`/cases/${record.id}`}>
          {t('entity.cases.caseOn', {
            site: t(`sites.${record.site}`),
            name: record.representative.fullName,
          })}
        </Link>
      ),
    },
    {
      title: t('entity.cases.columns.site'),
      dataIndex: 'site',
      width: 70,
      render: (site: string) => <SiteTag site={site} />,
    },
    {
      title: t('entity.cases.columns.status'),
      dataIndex: 'status',
      width: 96,
      render: (status: string) => <StatusTag kind="case" status={status} />,
    },
    {
      title: t('entity.cases.columns.deadline'),
      key: 'deadline',
      width: 190,
      render: (_, record) =>
        OPEN.has(record.status) ? <DeadlineCountdown deadlineAt={record.deadlineAt} /> : '—',
    },
    {
      title: t('entity.cases.columns.appointment'),
      key: 'appointment',
      render: (_, record) =>
        record.appointment && OPEN.has(record.status) ? (
          <DualTime
            startsAt={record.appointment.startsAt}
            siteTimeZone={record.appointment.siteTimeZone}
          />
        ) : (
          '—'
        ),
    },
  ];
  return (
    <>
      {canWrite ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => void navigate(`/cases?sellerEntityId=${entityId}`)}
          >
            {t('entity.cases.open')}
          </Button>
        </Flex>
      ) : null}
      <Table<EntityCase>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={cases}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('entity.cases.empty')} />
          ),
        }}
      />
    </>
  );
};
