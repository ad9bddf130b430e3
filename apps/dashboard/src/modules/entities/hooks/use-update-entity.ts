import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { UpdateSellerEntityInput } from '../../../generated/graphql';
import { ENTITY_UPDATE } from '../graphql/entities.operations';
import { evictPortfolioViews } from '../../apollo/utils/cache-eviction';

export const useUpdateEntity = () => {
  // The entity comes back whole and normalised by id; lists it appears in are refetched.
  const [updateMutation, { loading }] = useMutation(ENTITY_UPDATE, {
    update: (cache) => evictPortfolioViews(cache),
  });
  const updateEntity = useCallback(
    async (id: string, input: UpdateSellerEntityInput) => {
      const { data } = await updateMutation({ variables: { id, input } });
      if (!data) throw new Error('updateSellerEntity returned no data');
      return data.updateSellerEntity;
    },
    [updateMutation],
  );
  return { updateEntity, loading };
};
