import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ApolloCache } from '@apollo/client';
import { evictPortfolioViews } from '../../apollo/utils/cache-eviction';
import type { ImportReportFieldsFragment } from '../../../generated/graphql';
import { IMPORT_PORTFOLIO, IMPORT_PORTFOLIO_FILE } from '../graphql/import.operations';

/** A request that has not answered after this long is given up, with a message, never a spinner. */
export const IMPORT_TIMEOUT_MS = 120_000;

const refreshAfter = (report: ImportReportFieldsFragment | undefined, cache: ApolloCache) => {
  if (!report || report.dryRun || report.errors.length > 0) return;
  if (report.created + report.updated === 0) return;
  evictPortfolioViews(cache, { everyEntity: true });
};

/**
 * Checks (dry run) or commits a portfolio — pasted CSV text or a spreadsheet uploaded with
 * POST /files; a commit refreshes every list it may change.
 */
export const useImportPortfolio = () => {
  const [mutateText, text] = useMutation(IMPORT_PORTFOLIO, {
    update: (cache, { data }) => refreshAfter(data?.importPortfolio, cache),
  });
  const [mutateFile, file] = useMutation(IMPORT_PORTFOLIO_FILE, {
    update: (cache, { data }) => refreshAfter(data?.importPortfolioFile, cache),
  });
  const context = () => ({ fetchOptions: { signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS) } });
  const importPortfolio = useCallback(
    async (csv: string, dryRun: boolean) => {
      const { data } = await mutateText({ variables: { csv, dryRun }, context: context() });
      if (!data) throw new Error('importPortfolio returned no data');
      return data.importPortfolio;
    },
    [mutateText],
  );
  const importPortfolioFile = useCallback(
    async (fileId: string, dryRun: boolean) => {
      const { data } = await mutateFile({ variables: { fileId, dryRun }, context: context() });
      if (!data) throw new Error('importPortfolioFile returned no data');
      return data.importPortfolioFile;
    },
    [mutateFile],
  );
  return { importPortfolio, importPortfolioFile, loading: text.loading || file.loading };
};
