import {
  CheckOutlined,
  CloudUploadOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  InboxOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Flex, Input, Space, Typography, Upload } from 'antd';
import { canWritePortfolio } from '@veridesk/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { PageHeader } from '../../app-frame/components/page-header';
import { useViewer } from '../../auth/hooks/use-viewer';
import { downloadText } from '../../ui/utils/csv';
import {
  MAX_SCAN_BYTES,
  type ScanUploadError,
  uploadScan,
} from '../../entity-documents/utils/scan-files';
import { IMPORT_TIMEOUT_MS, useImportPortfolio } from '../hooks/use-import-portfolio';
import { importTemplateCsv, type TemplateLanguage } from '../utils/import-template';
import { type ImportReport, ImportReportView } from './import-report-view';

const ACCEPTED_SHEETS =
  '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
const SHEET_NAME = /\.(xlsx|csv)$/i;

/** What is being checked and imported: an uploaded spreadsheet or the pasted text. */
type Source = { kind: 'file'; fileId: string; name: string } | { kind: 'text'; content: string };
const sourceKey = (source: Source) =>
  source.kind === 'file' ? `file:${source.fileId}` : `text:${source.content}`;

/** Rejects when a promise has not settled in time, so no spinner turns forever. */
const withinTime = <T,>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(
        () => reject({ code: 'TIMEOUT', message: 'timeout' } satisfies ScanUploadError),
        ms,
      ),
    ),
  ]);

/**
 * /import: drop (or pick) an .xlsx or .csv — or paste CSV text —, check it (dry run), then import
 * it: all or nothing. A spreadsheet goes to POST /files and is read on the server.
 */
export const ImportWorkbench = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canWrite = canWritePortfolio(useViewer().role);
  const textId = useId();
  const { importPortfolio, importPortfolioFile, loading } = useImportPortfolio();
  const [content, setContent] = useState('');
  const [file, setFile] = useState<{ fileId: string; name: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  // The source of the last clean dry run: "import" commits exactly what was checked.
  const [checkedKey, setCheckedKey] = useState<string | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [running, setRunning] = useState<'check' | 'import' | null>(null);

  const source: Source | null = file
    ? { kind: 'file', ...file }
    : content.trim() !== ''
      ? { kind: 'text', content }
      : null;
  const canCommit = source !== null && checkedKey === sourceKey(source);

  const run = async (dryRun: boolean, target: Source | null = source) => {
    if (!target) return;
    setRunning(dryRun ? 'check' : 'import');
    setRequestError(null);
    try {
      const result =
        target.kind === 'file'
          ? await importPortfolioFile(target.fileId, dryRun)
          : await importPortfolio(target.content, dryRun);
      setReport(result);
      if (dryRun) setCheckedKey(result.errors.length === 0 ? sourceKey(target) : null);
      else if (result.errors.length === 0) {
        setCheckedKey(null);
        void message.success(
          t('import.report.importedToast', { created: result.created, updated: result.updated }),
        );
      }
    } catch (error) {
      const apiError = readApiError(error);
      setRequestError(
        apiError.fieldErrors.some((fieldError) => fieldError.field === 'fileId')
          ? t('import.source.uploadErrors.UNSUPPORTED_TYPE')
          : describeApiError(t, apiError),
      );
    } finally {
      setRunning(null);
    }
  };

  /** Uploads the spreadsheet, then checks it at once: the report is what the user wants to see. */
  const onFile = async (picked: File) => {
    setRequestError(null);
    setReport(null);
    setCheckedKey(null);
    if (!SHEET_NAME.test(picked.name)) {
      setRequestError(t('import.source.uploadErrors.UNSUPPORTED_TYPE'));
      return;
    }
    if (picked.size > MAX_SCAN_BYTES) {
      setRequestError(t('import.source.uploadErrors.TOO_LARGE'));
      return;
    }
    setUploading(true);
    try {
      const stored = await withinTime(uploadScan(picked), IMPORT_TIMEOUT_MS);
      const next = { fileId: stored.id, name: picked.name };
      setFile(next);
      setContent('');
      await run(true, { kind: 'file', ...next });
    } catch (error) {
      const { code, message: text } = error as ScanUploadError;
      setFile(null);
      setRequestError(t(`import.source.uploadErrors.${code}`, { defaultValue: text }));
    } finally {
      setUploading(false);
    }
  };

  const templateButton = (language: TemplateLanguage) => (
    <Button
      icon={<DownloadOutlined aria-hidden />}
      onClick={() =>
        downloadText(importTemplateCsv(language), `veridesk-import-template-${language}.csv`)
      }
    >
      {t(`import.template.${language}`)}
    </Button>
  );

  const busy = loading || uploading;

  return (
    <>
      <PageHeader
        title={t('nav.import')}
        description={t('import.description')}
        actions={
          <Space wrap>
            {templateButton('zh')}
            {templateButton('en')}
          </Space>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {canWrite ? null : <Alert type="info" showIcon title={t('import.readOnly')} />}
        <Card title={t('import.source.title')}>
          <Upload.Dragger
            accept={ACCEPTED_SHEETS}
            showUploadList={false}
            maxCount={1}
            multiple={false}
            disabled={!canWrite || busy}
            beforeUpload={(picked) => {
              void onFile(picked);
              return false;
            }}
            data-testid="import-dragger"
          >
            <p className="ant-upload-drag-icon">
              {uploading ? <FileExcelOutlined aria-hidden /> : <InboxOutlined aria-hidden />}
            </p>
            <p className="ant-upload-text">
              {uploading ? t('import.source.uploading') : t('import.source.drop')}
            </p>
            <p className="ant-upload-hint">{t('import.source.dropHint')}</p>
          </Upload.Dragger>
          {file ? (
            <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
              <FileExcelOutlined aria-hidden />{' '}
              <Typography.Text strong data-testid="import-file-name">
                {file.name}
              </Typography.Text>{' '}
              <Button type="link" size="small" onClick={() => setFile(null)}>
                {t('import.source.clear')}
              </Button>
            </Typography.Paragraph>
          ) : null}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('import.source.formatHint')}
          </Typography.Paragraph>
          <Collapse
            ghost
            size="small"
            items={[
              {
                key: 'paste',
                label: t('import.source.orPaste'),
                children: (
                  <>
                    <label htmlFor={textId}>
                      <Typography.Text strong>{t('import.source.content')}</Typography.Text>
                    </label>
                    <Input.TextArea
                      id={textId}
                      value={content}
                      onChange={(event) => {
                        setContent(event.target.value);
                        setFile(null);
                      }}
                      rows={8}
                      spellCheck={false}
                      placeholder={importTemplateCsv('zh').replace(/^\uFEFF/, '')}
                      style={{
                        marginTop: 8,
                        fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
                        fontSize: 12,
                      }}
                    />
                  </>
                ),
              },
            ]}
          />
          <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
            <Button
              icon={<CheckOutlined aria-hidden />}
              disabled={!canWrite || source === null || busy}
              loading={running === 'check'}
              onClick={() => void run(true)}
            >
              {t('import.check')}
            </Button>
            <Button
              type="primary"
              icon={<CloudUploadOutlined aria-hidden />}
              disabled={!canWrite || !canCommit || busy}
              loading={running === 'import'}
              onClick={() => void run(false)}
            >
              {t('import.commit')}
            </Button>
            <Typography.Text type="secondary">
              {canCommit ? t('import.readyToCommit') : t('import.checkFirst')}
            </Typography.Text>
          </Flex>
        </Card>
        {requestError ? (
          <Alert type="error" showIcon title={requestError} data-testid="import-request-error" />
        ) : null}
        {report ? (
          <Card
            title={report.dryRun ? t('import.report.checkTitle') : t('import.report.importTitle')}
            extra={
              !report.dryRun && report.errors.length === 0 ? (
                <Link to="/entities">{t('import.report.toEntities')}</Link>
              ) : null
            }
          >
            <ImportReportView report={report} />
          </Card>
        ) : null}
      </Space>
    </>
  );
};
