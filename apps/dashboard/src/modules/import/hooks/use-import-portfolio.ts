import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { invalidatePortfolioViews } from '../../cases/utils/invalidate-portfolio-views';
import { IMPORT_PORTFOLIO } from '../graphql/import.operations';

/** Checks (dry run) or commits a portfolio CSV; a commit refreshes every list it may change. */
export const useImportPortfolio = () => {
  const [mutate, { loading }] = useMutation(IMPORT_PORTFOLIO, {
    update: (cache, { data }) => {
      const report = data?.importPortfolio;
      if (!report || report.dryRun || report.errors.length > 0) return;
      if (report.created + report.updated === 0) return;
      invalidatePortfolioViews(cache, [
        'sellerEntities',
        'sellerEntity',
        'documents',
        'portfolioSummary',
        'affectedStores',
        'documentExpiryWeeks',
      ]);
    },
  });
  const importPortfolio = useCallback(
    async (csv: string, dryRun: boolean) => {
      const { data } = await mutate({ variables: { csv, dryRun } });
      if (!data) throw new Error('importPortfolio returned no data');
      return data.importPortfolio;
    },
    [mutate],
  );
  return { importPortfolio, loading };
};
