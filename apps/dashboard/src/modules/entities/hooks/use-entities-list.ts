import { useQuery } from '@apollo/client/react';
import type { SellerEntityFilter } from '../../../generated/graphql';
import { ENTITIES_LIST } from '../graphql/entities.operations';

export const ENTITIES_PAGE_SIZE = 50;

export const useEntitiesList = ({
  filter,
  after,
  skip,
}: {
  filter: SellerEntityFilter;
  after: string | null;
  skip: boolean;
}) => {
  const { data, previousData, loading, error, refetch } = useQuery(ENTITIES_LIST, {
    variables: { filter, first: ENTITIES_PAGE_SIZE, after },
    skip,
  });
  // Keep the last page on screen while the next one loads, instead of an empty table.
  const connection = (data ?? previousData)?.sellerEntities;
  return {
    entities: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    endCursor: connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null,
    loading: loading || skip,
    error,
    refetch,
  };
};
