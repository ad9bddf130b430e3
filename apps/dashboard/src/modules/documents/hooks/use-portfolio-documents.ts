import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type {
  DocumentFilter,
  PortfolioDocumentFieldsFragment,
  PortfolioDocumentsQuery,
} from '../../../generated/graphql';
import { PORTFOLIO_DOCUMENTS } from '../graphql/documents.operations';

export const DOCUMENTS_PAGE_SIZE = 20;
const EXPORT_PAGE_SIZE = 100;

/** One page of the portfolio's documents, soonest expiry first (the API's order). */
export const usePortfolioDocuments = (filter: DocumentFilter, after: string | null) => {
  const { data, previousData, loading, error } = useQuery(PORTFOLIO_DOCUMENTS, {
    variables: { filter, first: DOCUMENTS_PAGE_SIZE, after },
  });
  const connection = (data ?? previousData)?.documents;
  return {
    documents: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    pageInfo: connection?.pageInfo ?? null,
    loading,
    error,
  };
};

/** Every document matching the filter, fetched page by page (for the CSV export). */
export const useFetchAllDocuments = () => {
  const client = useApolloClient();
  return useCallback(
    async (
      filter: DocumentFilter,
      onProgress?: (loaded: number, total: number) => void,
    ): Promise<PortfolioDocumentFieldsFragment[]> => {
      const rows: PortfolioDocumentFieldsFragment[] = [];
      let after: string | null = null;
      for (;;) {
        const { data }: { data?: PortfolioDocumentsQuery } = await client.query({
          query: PORTFOLIO_DOCUMENTS,
          variables: { filter, first: EXPORT_PAGE_SIZE, after },
          fetchPolicy: 'network-only',
        });
        if (!data) throw new Error('documents returned no data');
        rows.push(...data.documents.edges.map((edge) => edge.node));
        onProgress?.(rows.length, data.documents.totalCount);
        if (!data.documents.pageInfo.hasNextPage || !data.documents.pageInfo.endCursor) break;
        after = data.documents.pageInfo.endCursor;
      }
      return rows;
    },
    [client],
  );
};
