import { InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Result, Skeleton, Tabs } from 'antd';
import { canAdministerAgency, canWritePortfolio } from '@veridesk/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { hasErrorCode, readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { PageHeader } from '../../app-frame/components/page-header';
import { AuditHistory } from '../../audit/components/audit-history';
import { useViewer } from '../../auth/hooks/use-viewer';
import { DocumentsTimeline } from '../../entity-documents/components/documents-timeline';
import { RecordDocumentModal } from '../../entity-documents/components/record-document-modal';
import { AddRepresentativeModal } from '../../representatives/components/add-representative-modal';
import { RepresentativesTable } from '../../representatives/components/representatives-table';
import { AddStoreModal } from '../../stores/components/add-store-modal';
import { StoresTable } from '../../stores/components/stores-table';
import { useArchiveEntity } from '../hooks/use-archive-entity';
import { useEntity } from '../hooks/use-entity';
import { useMyMemberId } from '../hooks/use-my-member-id';
import { EntityCases } from './entity-cases';
import { EntityFormModal } from './entity-form-modal';
import { EntitySummary } from './entity-summary';

const TABS = ['stores', 'representatives', 'documents', 'cases', 'audit'] as const;
type Tab = (typeof TABS)[number];
type Dialog = 'edit' | 'store' | 'representative' | 'document' | null;

/** /entities/:id — one seller entity with everything a verification call depends on. */
export const EntityView = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const viewer = useViewer();
  const canWrite = canWritePortfolio(viewer.role);
  const { entity, loading, error } = useEntity(id);
  const { members } = useMyMemberId();
  const { archiveEntity, loading: archiving } = useArchiveEntity();
  const [dialog, setDialog] = useState<Dialog>(null);
  const tab: Tab = TABS.find((name) => name === params.get('tab')) ?? 'stores';

  if (loading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!entity) {
    return hasErrorCode(error, 'NOT_FOUND') || !error ? (
      <Result
        status="404"
        title={t('entity.notFound')}
        extra={<Link to="/entities">{t('entity.backToList')}</Link>}
      />
    ) : (
      <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
    );
  }

  const onArchive = async () => {
    try {
      await archiveEntity(entity.id);
      void message.success(t('entity.archived', { name: entity.legalName }));
      void navigate('/entities');
    } catch (archiveError) {
      void message.error(describeApiError(t, readApiError(archiveError)));
    }
  };

  const addButton: Record<Tab, { label: string; dialog: Dialog } | null> = {
    stores: { label: t('stores.add'), dialog: 'store' },
    representatives: { label: t('representatives.add'), dialog: 'representative' },
    documents: { label: t('documentsTimeline.record'), dialog: 'document' },
    cases: null,
    audit: null,
  };
  const add = canWrite && !entity.archivedAt ? addButton[tab] : null;

  return (
    <>
      <PageHeader
        title={entity.legalName}
        description={entity.englishName ?? undefined}
        actions={
          canWrite && !entity.archivedAt ? (
            <>
              <Button onClick={() => setDialog('edit')}>{t('entity.edit')}</Button>
              <Popconfirm
                title={t('entity.archiveConfirmTitle', { name: entity.legalName })}
                description={t('entity.archiveConfirmDescription')}
                okText={t('entity.archive')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true, loading: archiving }}
                onConfirm={onArchive}
              >
                <Button danger icon={<InboxOutlined aria-hidden />}>
                  {t('entity.archive')}
                </Button>
              </Popconfirm>
            </>
          ) : null
        }
      />
      {entity.archivedAt ? (
        <Alert
          type="warning"
          showIcon
          title={t('entity.archivedNotice')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <EntitySummary entity={entity} />
      </Card>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          tabBarExtraContent={
            add ? (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => setDialog(add.dialog)}
              >
                {add.label}
              </Button>
            ) : null
          }
          items={[
            {
              key: 'stores',
              label: t('entity.tabs.stores', { count: entity.stores.length }),
              children: <StoresTable stores={entity.stores} canWrite={canWrite} />,
            },
            {
              key: 'representatives',
              label: t('entity.tabs.representatives', { count: entity.representatives.length }),
              children: (
                <RepresentativesTable
                  representatives={entity.representatives}
                  documents={entity.documents}
                  registeredRepresentativeName={entity.registeredRepresentativeName}
                  canReveal={canAdministerAgency(viewer.role)}
                />
              ),
            },
            {
              key: 'documents',
              label: t('entity.tabs.documents', { count: entity.documents.length }),
              children: (
                <DocumentsTimeline
                  sellerEntityId={entity.id}
                  documents={entity.documents}
                  representatives={entity.representatives}
                  canWrite={canWrite}
                />
              ),
            },
            {
              key: 'cases',
              label: t('entity.tabs.cases', { count: entity.verificationCases.length }),
              children: (
                <EntityCases
                  entityId={entity.id}
                  cases={entity.verificationCases}
                  canWrite={canWrite}
                />
              ),
            },
            {
              key: 'audit',
              label: t('entity.tabs.audit'),
              children: <AuditHistory subjectId={entity.id} />,
            },
          ]}
        />
      </Card>
      {dialog === 'edit' ? (
        <EntityFormModal
          open
          entity={entity}
          members={members}
          defaultManagerId={null}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'store' ? (
        <AddStoreModal
          sellerEntityId={entity.id}
          usedSites={entity.stores.map((store) => store.site)}
          businessScope={entity.businessScope}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'representative' ? (
        <AddRepresentativeModal
          sellerEntityId={entity.id}
          registeredRepresentativeName={entity.registeredRepresentativeName}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'document' ? (
        <RecordDocumentModal
          sellerEntityId={entity.id}
          representatives={entity.representatives}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
};
