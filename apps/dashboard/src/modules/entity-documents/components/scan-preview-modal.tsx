import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useScanPreview } from '../hooks/use-scan-preview';
import type { StoredScan } from '../utils/scan-files';

type ScanPreviewModalProps = {
  scan: Pick<StoredScan, 'url' | 'filename'> | null;
  onClose: () => void;
};

/** Shows a stored scan: an image inline, a PDF in a frame (or a new tab). */
export const ScanPreviewModal = ({ scan, onClose }: ScanPreviewModalProps) => {
  const { t } = useTranslation();
  const { objectUrl, contentType, loading, failed } = useScanPreview(scan?.url ?? null);
  const isPdf = contentType === 'application/pdf';

  return (
    <Modal
      open={Boolean(scan)}
      title={t('documentsTimeline.preview.title', { name: scan?.filename ?? '' })}
      onCancel={onClose}
      width={860}
      footer={
        objectUrl ? (
          <Button
            icon={<ExportOutlined aria-hidden />}
            href={objectUrl}
            target="_blank"
            rel="noopener"
          >
            {t('documentsTimeline.preview.openInTab')}
          </Button>
        ) : null
      }
      destroyOnHidden
    >
      {loading ? <Spin style={{ display: 'block', padding: 48 }} /> : null}
      {failed ? (
        <Alert type="error" showIcon title={t('documentsTimeline.preview.failed')} />
      ) : null}
      {objectUrl && isPdf ? (
        <iframe
          src={objectUrl}
          title={t('documentsTimeline.preview.frameTitle', { name: scan?.filename ?? '' })}
          style={{ width: '100%', height: '62vh', border: '1px solid #f0f0f0' }}
        />
      ) : null}
      {objectUrl && !isPdf ? (
        <img
          src={objectUrl}
          alt={t('documentsTimeline.preview.imageAlt', { name: scan?.filename ?? '' })}
          style={{ display: 'block', maxWidth: '100%', maxHeight: '62vh', margin: '0 auto' }}
          data-testid="scan-preview-image"
        />
      ) : null}
    </Modal>
  );
};
