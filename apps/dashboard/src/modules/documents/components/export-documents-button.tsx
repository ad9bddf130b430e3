import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFilter } from '../../../generated/graphql';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { useFetchAllDocuments } from '../hooks/use-portfolio-documents';
import { downloadText } from '../../ui/utils/csv';
import { buildDocumentsCsv } from '../utils/documents-csv';
import { browserToday } from '../../ui/utils/dates';

/** Downloads every document of the current filter (all pages) as a CSV Excel opens in Chinese. */
export const ExportDocumentsButton = ({
  filter,
  disabled,
}: {
  filter: DocumentFilter;
  disabled?: boolean;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fetchAll = useFetchAllDocuments();
  const [progress, setProgress] = useState<string | null>(null);

  const onExport = async () => {
    setProgress(t('documents.export.starting'));
    try {
      const rows = await fetchAll(filter, (loaded, total) =>
        setProgress(t('documents.export.progress', { loaded, total })),
      );
      // The reader's calendar date (UTC's is yesterday's in Shenzhen until 08:00).
      const today = browserToday();
      downloadText(buildDocumentsCsv(rows, t), `veridesk-documents-${today}.csv`);
      void message.success(t('documents.export.done', { count: rows.length }));
    } catch (error) {
      void message.error(describeApiError(t, readApiError(error)));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Button
      icon={<DownloadOutlined aria-hidden />}
      loading={progress !== null}
      disabled={disabled}
      onClick={() => void onExport()}
    >
      {progress ?? t('documents.export.button')}
    </Button>
  );
};
