import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CreateSellerEntityInput } from '../../../generated/graphql';
import { ENTITIES_CREATE } from '../graphql/entities.operations';
import { evictPortfolioViews } from '../../apollo/utils/cache-eviction';

export const useCreateEntity = () => {
  const [createMutation, { loading }] = useMutation(ENTITIES_CREATE, {
    update: (cache) => evictPortfolioViews(cache),
  });
  const createEntity = useCallback(
    async (input: CreateSellerEntityInput) => {
      const { data } = await createMutation({ variables: { input } });
      if (!data) throw new Error('createSellerEntity returned no data');
      return data.createSellerEntity;
    },
    [createMutation],
  );
  return { createEntity, loading };
};
