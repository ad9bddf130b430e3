import { EyeOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  EntityDocumentFieldsFragment,
  EntityRepresentativeFieldsFragment,
} from '../../../generated/graphql';
import { RequestDocumentButton } from '../../guest-links/components/request-document-button';
import { SiteTag } from '../../ui/components/site-tag';
import { StatusTag } from '../../ui/components/status-tag';
import { RecordDocumentModal } from './record-document-modal';
import { ScanPreviewModal } from './scan-preview-modal';

type DocumentsTimelineProps = {
  sellerEntityId: string;
  documents: EntityDocumentFieldsFragment[];
  representatives: EntityRepresentativeFieldsFragment[];
  canWrite: boolean;
};

const COLORS = { EXPIRED: 'red', EXPIRING_SOON: 'orange', VALID: 'green' } as const;

/** The entity's documents along their expiry dates, soonest first; long-term ones last. */
export const DocumentsTimeline = ({
  sellerEntityId,
  documents,
  representatives,
  canWrite,
}: DocumentsTimelineProps) => {
  const { t } = useTranslation();
  const [previewing, setPreviewing] = useState<EntityDocumentFieldsFragment['file']>(null);
  const [editing, setEditing] = useState<EntityDocumentFieldsFragment | null>(null);

  // 请卖家上传: the seller sends a renewed document through a link instead of a chat photo.
  const requestBar = canWrite ? (
    <Flex justify="flex-end" style={{ marginBottom: 12 }}>
      <RequestDocumentButton sellerEntityId={sellerEntityId} />
    </Flex>
  ) : null;

  if (documents.length === 0) {
    return (
      <>
        {requestBar}
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documentsTimeline.empty')} />
      </>
    );
  }

  const daysText = (days: number | null) =>
    days === null
      ? t('documentsTimeline.longTerm')
      : days < 0
        ? t('documentsTimeline.expiredDaysAgo', { count: -days })
        : t('documentsTimeline.daysLeft', { count: days });

  const items = documents.map((document) => {
    const expiresOn = document.expiresOn ?? null;
    const name = `${t(`documentsTimeline.types.${document.type}`)}${document.representative ? ` · ${document.representative.fullName}` : ''}`;
    return {
      key: document.id,
      color: expiresOn ? COLORS[document.status] : 'gray',
      content: (
        <Flex justify="space-between" gap={12} wrap data-testid="document-item" aria-label={name}>
          <div style={{ minWidth: 0 }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>
                {expiresOn ?? t('documentsTimeline.longTerm')}
              </Typography.Text>
              <Typography.Text>{name}</Typography.Text>
              <StatusTag kind="document" status={document.status} />
              <Typography.Text
                type={
                  document.status === 'VALID'
                    ? 'secondary'
                    : document.status === 'EXPIRED'
                      ? 'danger'
                      : 'warning'
                }
              >
                {daysText(document.daysUntilExpiry)}
              </Typography.Text>
            </Flex>
            <Flex gap={8} align="center" wrap style={{ marginTop: 4 }}>
              {document.number ? (
                <Typography.Text type="secondary">
                  {t('documentsTimeline.number', { number: document.number })}
                </Typography.Text>
              ) : null}
              {document.sites.length > 0 ? (
                <span>
                  {document.sites.map((site) => (
                    <SiteTag key={site} site={site} />
                  ))}
                </span>
              ) : (
                <Typography.Text type="secondary">
                  {t('documentsTimeline.allSites')}
                </Typography.Text>
              )}
            </Flex>
          </div>
          <Flex gap={4} align="flex-start">
            {document.file ? (
              <Button
                size="small"
                icon={<EyeOutlined aria-hidden />}
                onClick={() => setPreviewing(document.file)}
                aria-label={t('documentsTimeline.previewOf', { name })}
              >
                {t('documentsTimeline.preview.action')}
              </Button>
            ) : (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <PaperClipOutlined aria-hidden /> {t('documentsTimeline.noScan')}
              </Typography.Text>
            )}
            {canWrite && document.status !== 'VALID' ? (
              <RequestDocumentButton
                sellerEntityId={sellerEntityId}
                representativeId={document.representative?.id ?? null}
                type={document.type}
                size="small"
              />
            ) : null}
            {canWrite ? (
              <Button
                size="small"
                type="link"
                onClick={() => setEditing(document)}
                aria-label={t('documentsTimeline.updateOf', { name })}
              >
                {t('documentsTimeline.update')}
              </Button>
            ) : null}
          </Flex>
        </Flex>
      ),
    };
  });

  return (
    <>
      {requestBar}
      <Timeline items={items} />
      <ScanPreviewModal scan={previewing} onClose={() => setPreviewing(null)} />
      {editing ? (
        <RecordDocumentModal
          sellerEntityId={sellerEntityId}
          representatives={representatives}
          document={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
};
