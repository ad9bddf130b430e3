import { useQuery } from '@apollo/client/react';
import { ENTITY_PAGE } from '../graphql/entities.operations';

/** One entity with its stores, representatives, documents and cases. */
export const useEntity = (id: string) => {
  const { data, loading, error, refetch } = useQuery(ENTITY_PAGE, { variables: { id } });
  return { entity: data?.sellerEntity ?? null, loading: loading && !data, error, refetch };
};
