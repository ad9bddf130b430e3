import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { RequestDocumentInput } from '../../../generated/graphql';
import { evictPortfolioViews } from '../../apollo/utils/cache-eviction';
import {
  CREATE_CALL_PREP_LINK,
  DOCUMENT_REQUESTS,
  DOCUMENT_REQUESTS_AWAITING_REVIEW,
  REQUEST_DOCUMENT,
  REVIEW_DOCUMENT_REQUEST,
  REVOKE_CALL_PREP_LINK,
} from '../graphql/guest-links.operations';

export const REVIEW_QUEUE_SIZE = 20;

/** Points the case's `callPrepLink` at the link a mutation answered with (created or revoked). */
const setCaseLink = (cache: ApolloCache, caseId: string, linkId: string) => {
  cache.modify({
    id: cache.identify({ __typename: 'VerificationCase', id: caseId }),
    fields: {
      callPrepLink: (_existing, { toReference }) =>
        toReference({ __typename: 'CallPrepLink', id: linkId }) ?? null,
    },
  });
};

/** Creates the case's call-prep link (replacing a live one); its url exists only in this answer. */
export const useCreateCallPrepLink = (caseId: string) => {
  const [mutate, { loading }] = useMutation(CREATE_CALL_PREP_LINK, {
    update: (cache, { data }) => {
      if (data) setCaseLink(cache, caseId, data.createCallPrepLink.id);
    },
  });
  const createCallPrepLink = useCallback(async () => {
    const { data } = await mutate({ variables: { caseId } });
    if (!data) throw new Error('createCallPrepLink returned no data');
    return data.createCallPrepLink;
  }, [mutate, caseId]);
  return { createCallPrepLink, loading };
};

export const useRevokeCallPrepLink = () => {
  const [mutate, { loading }] = useMutation(REVOKE_CALL_PREP_LINK);
  const revokeCallPrepLink = useCallback(
    async (id: string) => {
      const { data } = await mutate({ variables: { id } });
      if (!data) throw new Error('revokeCallPrepLink returned no data');
      return data.revokeCallPrepLink;
    },
    [mutate],
  );
  return { revokeCallPrepLink, loading };
};

/** Asks the seller for a document by link; the url exists only in this answer. */
export const useRequestDocument = () => {
  const [mutate, { loading }] = useMutation(REQUEST_DOCUMENT);
  const requestDocument = useCallback(
    async (input: RequestDocumentInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('requestDocument returned no data');
      return data.requestDocument;
    },
    [mutate],
  );
  return { requestDocument, loading };
};

/** The review queue 待审核文件: the submitted requests. */
export const useReviewQueue = (after: string | null) => {
  const { data, previousData, loading, error } = useQuery(DOCUMENT_REQUESTS, {
    variables: { status: 'SUBMITTED', first: REVIEW_QUEUE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.documentRequests;
  return {
    requests: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    pageInfo: connection?.pageInfo ?? null,
    loading,
    error,
  };
};

/** How many submissions wait for review (the tab's badge); refreshed every minute. */
export const useReviewCount = () => {
  const { data } = useQuery(DOCUMENT_REQUESTS_AWAITING_REVIEW, {
    fetchPolicy: 'cache-and-network',
    pollInterval: 60_000,
  });
  return data?.documentRequests.totalCount ?? 0;
};

/**
 * Accepts (records the document exactly as recordDocument would) or rejects with a note. An
 * accepted document changes readiness, impact and every list: the entity and case pages refetch.
 */
export const useReviewDocumentRequest = () => {
  const [mutate, { loading }] = useMutation(REVIEW_DOCUMENT_REQUEST, {
    refetchQueries: ['DocumentRequests', 'DocumentRequestsAwaitingReview'],
    update: (cache, { data }) => {
      if (!data?.reviewDocumentRequest.document) return;
      evictPortfolioViews(cache, { everyEntity: true });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'verificationCase' });
      cache.gc();
    },
  });
  const reviewDocumentRequest = useCallback(
    async (id: string, accept: boolean, note: string | null) => {
      const { data } = await mutate({ variables: { id, accept, note } });
      if (!data) throw new Error('reviewDocumentRequest returned no data');
      return data.reviewDocumentRequest;
    },
    [mutate],
  );
  return { reviewDocumentRequest, loading };
};
