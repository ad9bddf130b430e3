import { Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  EntityDocumentFieldsFragment,
  EntityRepresentativeFieldsFragment,
} from '../../../generated/graphql';
import { StatusTag } from '../../ui/components/status-tag';
import { IdNumberCell } from './id-number-cell';

type RepresentativesTableProps = {
  representatives: EntityRepresentativeFieldsFragment[];
  /** The entity's documents: each resident ID's card carries its expiry status. */
  documents: EntityDocumentFieldsFragment[];
  registeredRepresentativeName: string;
  canReveal: boolean;
};

const comparable = (name: string) => name.replace(/\s+/g, '').toLowerCase();

export const RepresentativesTable = ({
  representatives,
  documents,
  registeredRepresentativeName,
  canReveal,
}: RepresentativesTableProps) => {
  const { t } = useTranslation();
  const idCardOf = (representativeId: string) =>
    documents.find(
      (document) =>
        document.type === 'RESIDENT_ID_CARD' && document.representative?.id === representativeId,
    );

  const columns: TableColumnsType<EntityRepresentativeFieldsFragment> = [
    {
      title: t('representatives.columns.name'),
      key: 'name',
      render: (_, representative) => (
        <div>
          <Flex gap={6} align="center" wrap>
            <Typography.Text strong>{representative.fullName}</Typography.Text>
            <Tag style={{ marginInlineEnd: 0 }}>
              {t(`representatives.roles.${representative.role}`)}
            </Tag>
          </Flex>
          {representative.role === 'LEGAL_REPRESENTATIVE' &&
          comparable(representative.fullName) !== comparable(registeredRepresentativeName) ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('representatives.nameMismatch', { name: registeredRepresentativeName })}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: t('representatives.columns.idNumber'),
      key: 'idNumber',
      width: 260,
      render: (_, representative) => (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`representatives.idTypes.${representative.idType}`)}
          </Typography.Text>
          <IdNumberCell representative={representative} canReveal={canReveal} />
        </div>
      ),
    },
    {
      title: t('representatives.columns.idExpiresOn'),
      key: 'idExpiresOn',
      width: 170,
      render: (_, representative) => {
        const expiresOn = representative.idExpiresOn ?? null;
        const card = idCardOf(representative.id);
        return (
          <Flex gap={6} align="center" wrap>
            <Typography.Text>{expiresOn ?? t('representatives.longTerm')}</Typography.Text>
            {card ? <StatusTag kind="document" status={card.status} /> : null}
          </Flex>
        );
      },
    },
    {
      title: t('representatives.columns.phone'),
      dataIndex: 'phoneMasked',
      width: 130,
      render: (phone: string | null) =>
        phone ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('representatives.columns.verificationStatus'),
      dataIndex: 'verificationStatus',
      width: 110,
      render: (status: string) => <StatusTag kind="verification" status={status} />,
    },
  ];

  return (
    <Table<EntityRepresentativeFieldsFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={representatives}
      pagination={false}
      scroll={{ x: 860 }}
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('representatives.empty')} />
        ),
      }}
    />
  );
};
