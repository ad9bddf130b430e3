import { useQuery } from '@apollo/client/react';
import { useDeferredValue } from 'react';
import { ENTITY_OPTION, ENTITY_OPTIONS } from '../graphql/entities.operations';

/** Seller entities whose name or USCC contains the search, for pickers. */
export const useEntityOptions = (search: string, { skip = false } = {}) => {
  const deferredSearch = useDeferredValue(search.trim());
  const { data, previousData, loading, error } = useQuery(ENTITY_OPTIONS, {
    variables: { search: deferredSearch || null, first: 20 },
    skip,
  });
  const connection = (data ?? previousData)?.sellerEntities;
  return { entities: connection?.edges.map((edge) => edge.node) ?? [], loading, error };
};

/** One entity by id (the filter from `?sellerEntityId=` names it). */
export const useEntityOption = (id: string | null) => {
  const { data, loading } = useQuery(ENTITY_OPTION, {
    variables: { id: id ?? '' },
    skip: !id,
  });
  return { entity: id ? (data?.sellerEntity ?? null) : null, loading };
};
