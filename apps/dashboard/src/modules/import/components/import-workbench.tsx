import {
  CheckOutlined,
  CloudUploadOutlined,
  DownloadOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Space, Typography, Upload } from 'antd';
import { canWritePortfolio } from '@veridesk/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { PageHeader } from '../../app-frame/components/page-header';
import { useViewer } from '../../auth/hooks/use-viewer';
import { downloadText } from '../../documents/utils/csv';
import { useImportPortfolio } from '../hooks/use-import-portfolio';
import { IMPORT_COLUMNS, importTemplateCsv, readCsvFile } from '../utils/import-template';
import { type ImportReport, ImportReportView } from './import-report-view';

const MAX_BYTES = 20 * 1024 * 1024;

/** /import: upload or paste a CSV, check it (dry run), then import it — all or nothing. */
export const ImportWorkbench = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canWrite = canWritePortfolio(useViewer().role);
  const textId = useId();
  const { importPortfolio, loading } = useImportPortfolio();
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  // The content of the last clean dry run: "import" commits exactly what was checked.
  const [checkedContent, setCheckedContent] = useState<string | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [running, setRunning] = useState<'check' | 'import' | null>(null);

  const canCommit = checkedContent !== null && checkedContent === content && content.trim() !== '';

  const run = async (dryRun: boolean) => {
    setRunning(dryRun ? 'check' : 'import');
    setRequestError(null);
    try {
      const result = await importPortfolio(content, dryRun);
      setReport(result);
      if (dryRun) setCheckedContent(result.errors.length === 0 ? content : null);
      else if (result.errors.length === 0) {
        setCheckedContent(null);
        void message.success(
          t('import.report.importedToast', { created: result.created, updated: result.updated }),
        );
      }
    } catch (error) {
      setRequestError(describeApiError(t, readApiError(error)));
    } finally {
      setRunning(null);
    }
  };

  const onFile = async (file: File) => {
    if (file.size > MAX_BYTES) {
      void message.error(t('import.source.tooLarge'));
      return;
    }
    setContent(await readCsvFile(file));
    setFileName(file.name);
    setReport(null);
  };

  return (
    <>
      <PageHeader
        title={t('nav.import')}
        description={t('import.description')}
        actions={
          <Button
            icon={<DownloadOutlined aria-hidden />}
            onClick={() => downloadText(importTemplateCsv(), 'veridesk-import-template.csv')}
          >
            {t('import.template.download')}
          </Button>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {canWrite ? null : <Alert type="info" showIcon title={t('import.readOnly')} />}
        <Card title={t('import.source.title')}>
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('import.source.columnsHint')}{' '}
            <Typography.Text code style={{ fontSize: 12 }}>
              {IMPORT_COLUMNS.join(',')}
            </Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {t('import.source.formatHint')}
          </Typography.Paragraph>
          <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
            <Upload
              accept=".csv,.txt,text/csv,text/plain"
              showUploadList={false}
              maxCount={1}
              beforeUpload={(file) => {
                void onFile(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined aria-hidden />}>{t('import.source.upload')}</Button>
            </Upload>
            {fileName ? (
              <Typography.Text type="secondary">
                {t('import.source.loaded', { name: fileName })}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('import.source.orPaste')}</Typography.Text>
            )}
          </Flex>
          <label htmlFor={textId}>
            <Typography.Text strong>{t('import.source.content')}</Typography.Text>
          </label>
          <Input.TextArea
            id={textId}
            value={content}
            onChange={(event) => {
              setContent(event.target.value);
              setFileName(null);
            }}
            rows={8}
            spellCheck={false}
            placeholder={importTemplateCsv().replace(/^\uFEFF/, '')}
            style={{
              marginTop: 8,
              fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
              fontSize: 12,
            }}
          />
          <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
            <Button
              icon={<CheckOutlined aria-hidden />}
              disabled={!canWrite || content.trim() === '' || loading}
              loading={running === 'check'}
              onClick={() => void run(true)}
            >
              {t('import.check')}
            </Button>
            <Button
              type="primary"
              icon={<CloudUploadOutlined aria-hidden />}
              disabled={!canWrite || !canCommit || loading}
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
        {requestError ? <Alert type="error" showIcon title={requestError} /> : null}
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
