import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space } from 'antd';
import { canWritePortfolio } from '@veridesk/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readApiError } from '../../apollo/utils/api-error';
import { describeApiError } from '../../apollo/utils/describe-api-error';
import { PageHeader } from '../../app-frame/components/page-header';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useCursorPages } from '../../ui/hooks/use-cursor-pages';
import { useUrlParams } from '../../ui/hooks/use-url-params';
import { CASES_PAGE_SIZE, useVerificationCases } from '../hooks/use-verification-cases';
import { readCaseListParams, toCaseFilter } from '../utils/case-filters';
import { CaseFilters } from './case-filters';
import { CasesTable } from './cases-table';
import { CursorPager } from '../../ui/components/cursor-pager';
import { OpenCaseModal } from './open-case-modal';

/** /cases: every verification case, earliest deadline first, filtered by the URL. */
export const CasesList = () => {
  const { t } = useTranslation();
  const viewer = useViewer();
  const canWrite = canWritePortfolio(viewer.role);
  const { searchParams, setParams } = useUrlParams();
  const params = readCaseListParams(searchParams);
  const filter = toCaseFilter(params);
  const filterKey = JSON.stringify(filter);
  const pages = useCursorPages(filterKey);
  const { cases, totalCount, pageInfo, loading, error } = useVerificationCases(filter, pages.after);
  const [opening, setOpening] = useState(searchParams.get('open') === '1');
  const filtered = filterKey !== '{}';

  return (
    <>
      <PageHeader
        title={t('nav.cases')}
        description={t('cases.description')}
        actions={
          canWrite ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setOpening(true)}
            >
              {t('cases.open.button')}
            </Button>
          ) : null
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <CaseFilters params={params} onChange={setParams} />
        {error ? (
          <Alert type="error" showIcon title={describeApiError(t, readApiError(error))} />
        ) : null}
        <Card>
          <CasesTable
            cases={cases}
            loading={loading && cases.length === 0}
            empty={
              <Empty
                description={filtered ? t('cases.emptyFiltered') : t('cases.empty')}
                style={{ paddingBlock: 24 }}
              />
            }
          />
          {totalCount > 0 ? (
            <CursorPager
              page={pages.page}
              pageSize={CASES_PAGE_SIZE}
              totalCount={totalCount}
              hasNextPage={pageInfo?.hasNextPage ?? false}
              loading={loading}
              onPrevious={pages.previous}
              onNext={() => pages.next(pageInfo?.endCursor)}
            />
          ) : null}
        </Card>
      </Space>
      {canWrite ? (
        <OpenCaseModal
          open={opening}
          initialEntityId={params.sellerEntityId}
          onClose={() => {
            setOpening(false);
            // `?open=1` (a link that opens the form) is spent once the form closes.
            if (searchParams.has('open')) setParams({ open: null }, { replace: true });
          }}
        />
      ) : null}
    </>
  );
};
