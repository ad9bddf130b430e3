import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { UpdateStoreStatusInput } from '../../../generated/graphql';
import { evictPortfolioViews } from '../../apollo/utils/cache-eviction';
import { ENTITY_UPDATE_STORE_STATUS } from '../graphql/stores.operations';

export const useUpdateStoreStatus = () => {
  // The store is normalised by id, so its row updates itself; counts and impact are refetched.
  const [updateMutation, { loading }] = useMutation(ENTITY_UPDATE_STORE_STATUS, {
    update: (cache) => evictPortfolioViews(cache),
  });
  const updateStoreStatus = useCallback(
    async (input: UpdateStoreStatusInput) => {
      const { data } = await updateMutation({ variables: { input } });
      if (!data) throw new Error('updateStoreStatus returned no data');
      return data.updateStoreStatus;
    },
    [updateMutation],
  );
  return { updateStoreStatus, loading };
};
