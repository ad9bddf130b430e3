import { Alert, Card, Empty, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { PageHeader } from '../../app-frame/components/page-header';
import { CursorPager } from '../../ui/components/cursor-pager';
import { useCursorPages } from '../../ui/hooks/use-cursor-pages';
import { useUrlParams } from '../../ui/hooks/use-url-params';
import { DOCUMENTS_PAGE_SIZE, usePortfolioDocuments } from '../hooks/use-portfolio-documents';
import { readDocumentListParams, toDocumentFilter } from '../utils/document-filters';
import { DocumentFilters } from './document-filters';
import { DocumentsTable } from './documents-table';
import { ExportDocumentsButton } from './export-documents-button';

/** /documents: every document of the portfolio, soonest expiry first, filtered by the URL. */
export const DocumentsList = () => {
  const { t } = useTranslation();
  const { searchParams, setParams } = useUrlParams();
  const params = readDocumentListParams(searchParams);
  const filter = toDocumentFilter(params);
  const filterKey = JSON.stringify(filter);
  const pages = useCursorPages(filterKey);
  const { documents, totalCount, pageInfo, loading, error } = usePortfolioDocuments(
    filter,
    pages.after,
  );

  return (
    <>
      <PageHeader
        title={t('nav.documents')}
        description={t('documents.description')}
        actions={<ExportDocumentsButton filter={filter} disabled={totalCount === 0} />}
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <DocumentFilters params={params} onChange={setParams} />
        {error ? (
          <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
        ) : null}
        <Card>
          <DocumentsTable
            documents={documents}
            loading={loading && documents.length === 0}
            empty={
              <Empty
                description={
                  filterKey !== '{}' ? t('documents.emptyFiltered') : t('documents.empty')
                }
                style={{ paddingBlock: 24 }}
              />
            }
          />
          {totalCount > 0 ? (
            <CursorPager
              page={pages.page}
              pageSize={DOCUMENTS_PAGE_SIZE}
              totalCount={totalCount}
              hasNextPage={pageInfo?.hasNextPage ?? false}
              loading={loading}
              onPrevious={pages.previous}
              onNext={() => pages.next(pageInfo?.endCursor)}
            />
          ) : null}
        </Card>
      </Space>
    </>
  );
};
