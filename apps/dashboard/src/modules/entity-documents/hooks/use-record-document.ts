import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { RecordDocumentInput, UpdateDocumentInput } from '../../../generated/graphql';
import { evictPortfolioViews } from '../../apollo/utils/cache-eviction';
import { refetchEntity } from '../../entities/utils/refetch-entity';
import {
  ENTITY_RECORD_DOCUMENT,
  ENTITY_UPDATE_DOCUMENT,
} from '../graphql/entity-documents.operations';

/** Records a new document (or a renewal) for the entity; its licence and lists are refetched. */
export const useRecordDocument = (sellerEntityId: string) => {
  const options = {
    update: (cache: ApolloCache) => evictPortfolioViews(cache),
    refetchQueries: refetchEntity(sellerEntityId),
    awaitRefetchQueries: true,
  };
  const [recordMutation, { loading: recording }] = useMutation(ENTITY_RECORD_DOCUMENT, options);
  const [updateMutation, { loading: updating }] = useMutation(ENTITY_UPDATE_DOCUMENT, options);

  const recordDocument = useCallback(
    async (input: Omit<RecordDocumentInput, 'sellerEntityId'>) => {
      const { data } = await recordMutation({ variables: { input: { ...input, sellerEntityId } } });
      if (!data) throw new Error('recordDocument returned no data');
      return data.recordDocument;
    },
    [recordMutation, sellerEntityId],
  );
  const updateDocument = useCallback(
    async (id: string, input: UpdateDocumentInput) => {
      const { data } = await updateMutation({ variables: { id, input } });
      if (!data) throw new Error('updateDocument returned no data');
      return data.updateDocument;
    },
    [updateMutation],
  );
  return { recordDocument, updateDocument, loading: recording || updating };
};
