import { InboxOutlined } from '@ant-design/icons';
import { Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACCEPTED_SCAN_TYPES,
  MAX_SCAN_BYTES,
  type ScanUploadError,
  type StoredScan,
  uploadScan,
} from '../utils/scan-files';

type ScanDraggerProps = {
  /** The stored file's id, set once the upload succeeds (a Form.Item value). */
  value?: string | null;
  onChange?: (fileId: string | null) => void;
  onUploaded: (scan: StoredScan | null) => void;
  onError: (message: string | null) => void;
};

/** Drag-and-drop (or click) one scan; it goes to POST /files at once, the form keeps its id. */
export const ScanDragger = ({ onChange, onUploaded, onError }: ScanDraggerProps) => {
  const { t } = useTranslation();
  const [fileList, setFileList] = useState<UploadFile[]>([]);

  const describe = (error: ScanUploadError) =>
    t(`documentsTimeline.fileErrors.${error.code}`, { defaultValue: error.message });

  return (
    <Upload.Dragger
      accept={ACCEPTED_SCAN_TYPES}
      maxCount={1}
      fileList={fileList}
      onChange={({ fileList: next }) => setFileList(next)}
      onRemove={() => {
        onChange?.(null);
        onUploaded(null);
      }}
      beforeUpload={(file) => {
        if (file.size > MAX_SCAN_BYTES) {
          onError(describe({ code: 'TOO_LARGE', message: '' }));
          return Upload.LIST_IGNORE;
        }
        onError(null);
        return true;
      }}
      customRequest={({ file, onSuccess, onError: failed }) => {
        uploadScan(file as File)
          .then((scan) => {
            onChange?.(scan.id);
            onUploaded(scan);
            onSuccess?.(scan);
          })
          .catch((error: ScanUploadError) => {
            onChange?.(null);
            onUploaded(null);
            onError(describe(error));
            failed?.(new Error(error.message));
          });
      }}
      data-testid="scan-dragger"
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined aria-hidden />
      </p>
      <p className="ant-upload-text">{t('documentsTimeline.form.dropScan')}</p>
      <p className="ant-upload-hint">{t('documentsTimeline.form.dropScanHint')}</p>
    </Upload.Dragger>
  );
};
