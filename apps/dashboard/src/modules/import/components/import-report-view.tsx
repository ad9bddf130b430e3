import { Alert, Flex, Statistic, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPortfolioMutation } from '../../../generated/graphql';

export type ImportReport = ImportPortfolioMutation['importPortfolio'];
type RowError = ImportReport['errors'][number];

/** The server's report: counts, and every error with its spreadsheet row (header = row 1). */
export const ImportReportView = ({ report }: { report: ImportReport }) => {
  const { t } = useTranslation();
  const failed = report.errors.length > 0;
  const columns: TableColumnsType<RowError> = [
    { title: t('import.errors.row'), dataIndex: 'row', width: 70 },
    {
      title: t('import.errors.field'),
      dataIndex: 'field',
      width: 220,
      render: (field: string | null) =>
        field ? <Typography.Text code>{field}</Typography.Text> : '—',
    },
    {
      title: t('import.errors.problem'),
      dataIndex: 'code',
      render: (code: string, error) => (
        <div>
          <Typography.Text>{t(`import.codes.${code}`, { defaultValue: code })}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {error.message}
          </Typography.Text>
        </div>
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
