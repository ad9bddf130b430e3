import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ENTITY_ARCHIVE } from '../graphql/entities.operations';
import { evictPortfolioViews } from '../../apollo/utils/cache-eviction';

export const useArchiveEntity = () => {
  const [archiveMutation, { loading }] = useMutation(ENTITY_ARCHIVE, {
    update: (cache) => evictPortfolioViews(cache),
  });
  const archiveEntity = useCallback(
    async (id: string) => {
      await archiveMutation({ variables: { id } });
    },
    [archiveMutation],
  );
  return { archiveEntity, loading };
};
