import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { AddStoreInput } from '../../../generated/graphql';
import { evictPortfolioViews } from '../../apollo/utils/cache-eviction';
import { refetchEntity } from '../../entities/utils/refetch-entity';
import { ENTITY_ADD_STORE } from '../graphql/stores.operations';

export const useAddStore = (sellerEntityId: string) => {
  const [addMutation, { loading }] = useMutation(ENTITY_ADD_STORE, {
    update: (cache) => evictPortfolioViews(cache),
    refetchQueries: refetchEntity(sellerEntityId),
    awaitRefetchQueries: true,
  });
  const addStore = useCallback(
    async (input: Omit<AddStoreInput, 'sellerEntityId'>) => {
      const { data } = await addMutation({ variables: { input: { ...input, sellerEntityId } } });
      if (!data) throw new Error('addStore returned no data');
      return data.addStore;
    },
    [addMutation, sellerEntityId],
  );
  return { addStore, loading };
};
