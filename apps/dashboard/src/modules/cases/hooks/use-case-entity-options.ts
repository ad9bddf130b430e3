import { useQuery } from '@apollo/client/react';
import { useDeferredValue } from 'react';
import { CASE_ENTITY_NAME, CASE_ENTITY_OPTIONS } from '../graphql/cases.operations';

/** Seller entities whose name or USCC contains the search, for pickers. */
export const useCaseEntityOptions = (search: string, { skip = false } = {}) => {
  const deferredSearch = useDeferredValue(search.trim());
  const { data, previousData, loading, error } = useQuery(CASE_ENTITY_OPTIONS, {
    variables: { search: deferredSearch || null, first: 20 },
    skip,
  });
  const connection = (data ?? previousData)?.sellerEntities;
  return { entities: connection?.edges.map((edge) => edge.node) ?? [], loading, error };
};

/** One entity by id (the filter from `?sellerEntityId=` names it). */
export const useCaseEntity = (id: string | null) => {
  const { data, loading } = useQuery(CASE_ENTITY_NAME, {
    variables: { id: id ?? '' },
    skip: !id,
  });
  return { entity: id ? (data?.sellerEntity ?? null) : null, loading };
};
