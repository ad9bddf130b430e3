import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { AddRepresentativeInput } from '../../../generated/graphql';
import { evictPortfolioViews } from '../../apollo/utils/cache-eviction';
import { refetchEntity } from '../../entities/utils/refetch-entity';
import { ENTITY_ADD_REPRESENTATIVE } from '../graphql/representatives.operations';

/** Adds a representative; a resident ID also records an ID-card document, so the entity is refetched. */
export const useAddRepresentative = (sellerEntityId: string) => {
  const [addMutation, { loading }] = useMutation(ENTITY_ADD_REPRESENTATIVE, {
    update: (cache) => evictPortfolioViews(cache),
    refetchQueries: refetchEntity(sellerEntityId),
    awaitRefetchQueries: true,
  });
  const addRepresentative = useCallback(
    async (input: Omit<AddRepresentativeInput, 'sellerEntityId'>) => {
      const { data } = await addMutation({ variables: { input: { ...input, sellerEntityId } } });
      if (!data) throw new Error('addRepresentative returned no data');
      return data.addRepresentative;
    },
    [addMutation, sellerEntityId],
  );
  return { addRepresentative, loading };
};
