import { Alert, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useScanPreview } from '../../entity-documents/hooks/use-scan-preview';

type ScanViewProps = { file: { url: string; filename: string }; label: string };

/** One submitted scan, fetched with the session's credentials: an image inline, a PDF in a frame. */
export const ScanView = ({ file, label }: ScanViewProps) => {
  const { t } = useTranslation();
  const { objectUrl, contentType, loading, failed } = useScanPreview(file.url);
  const title = t('guestLinks.review.scanTitle', { name: file.filename });
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Typography.Text type="secondary">
          {label} · {file.filename}
        </Typography.Text>
      </figcaption>
      {loading ? <Spin style={{ display: 'block', padding: 32 }} /> : null}
      {failed ? <Alert type="error" showIcon title={t('guestLinks.review.previewFailed')} /> : null}
      {objectUrl && contentType === 'application/pdf' ? (
        <iframe
          src={objectUrl}
          title={title}
          style={{ width: '100%', height: 480, border: '1px solid #f0f0f0' }}
        />
      ) : null}
      {objectUrl && contentType !== 'application/pdf' ? (
        <img
          src={objectUrl}
          alt={title}
          data-testid="review-scan-image"
          // The column's width, whatever the photo's size: the reviewer reads the number off it.
          style={{
            display: 'block',
            width: '100%',
            maxHeight: 480,
            objectFit: 'contain',
            border: '1px solid #f0f0f0',
          }}
        />
      ) : null}
    </figure>
  );
};
