import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { mergePages } from '../../ui/utils/merge-pages';
import { ENTITY_AUDIT_LOG } from '../graphql/audit.operations';

/** An entity's audit events (its records' too), newest first, 20 at a time. */
export const useAuditLog = (subjectId: string) => {
  const { data, loading, error, fetchMore } = useQuery(ENTITY_AUDIT_LOG, {
    variables: { subjectId },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.auditLog;
  const endCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    await fetchMore({
      variables: { after: endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        auditLog: mergePages(previous.auditLog, fetchMoreResult.auditLog, (edge) => edge.node.id),
      }),
    });
  }, [endCursor, fetchMore]);

  return {
    events: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: Boolean(endCursor),
    loadMore,
    loading,
    error,
  };
};
