import { Alert, Flex, Grid, Statistic, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReportFieldsFragment } from '../../../generated/graphql';
import { describeImportError, isColumn } from '../utils/describe-import-error';

export type ImportReport = ImportReportFieldsFragment;
type RowError = ImportReport['errors'][number];

/** The server's report: counts, and every error with its spreadsheet row (header = row 1). */
export const ImportReportView = ({ report }: { report: ImportReport }) => {
  const { t } = useTranslation();
  const failed = report.errors.length > 0;
  // On a phone the column and value columns give way: the problem names the column and quotes the value.
  const narrow = !Grid.useBreakpoint().md;
  const columns: TableColumnsType<RowError> = [
    { title: t('import.errors.row'), dataIndex: 'row', width: 64 },
    {
      title: t('import.errors.field'),
      dataIndex: 'field',
      width: 180,
      responsive: ['md'],
      render: (field: string | null) =>
        isColumn(field) ? (
          <span>
            {t(`import.columns.${field}`)}
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {field}
            </Typography.Text>
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('import.errors.value'),
      dataIndex: 'value',
      width: 160,
      responsive: ['md'],
      render: (value: string | null | undefined) =>
        value ? <Typography.Text code>{value}</Typography.Text> : '—',
    },
    {
      title: t('import.errors.problem'),
      dataIndex: 'code',
      render: (_code: string, error) => (
        <span>
          {narrow && isColumn(error.field) ? (
            <Typography.Text strong>{t(`import.columns.${error.field}`)}: </Typography.Text>
          ) : null}
          <Typography.Text>{describeImportError(t, error)}</Typography.Text>
        </span>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Alert
        type={failed ? 'error' : 'success'}
        showIcon
        data-testid="import-result"
        title={
          failed
            ? t('import.report.failed', { count: report.errors.length })
            : report.dryRun
              ? t('import.report.checked')
              : t('import.report.imported')
        }
        description={failed ? t('import.report.nothingWritten') : null}
      />
      {/* A rejected file changes nothing, so its counts would only mislead. */}
      {failed ? null : (
        <Flex gap={32} wrap>
          <Statistic title={t('import.report.created')} value={report.created} />
          <Statistic title={t('import.report.updated')} value={report.updated} />
          <Statistic title={t('import.report.unchanged')} value={report.unchanged} />
        </Flex>
      )}
      {failed ? (
        <Table<RowError>
          rowKey={(error) => `${error.row}:${error.field ?? ''}:${error.code}`}
          size="small"
          columns={columns}
          dataSource={report.errors}
          pagination={report.errors.length > 50 ? { pageSize: 50 } : false}
          aria-label={t('import.errors.title')}
          data-testid="import-errors"
        />
      ) : null}
    </Flex>
  );
};
