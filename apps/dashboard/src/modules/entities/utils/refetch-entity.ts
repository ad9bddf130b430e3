import { ENTITY_PAGE } from '../graphql/entities.operations';

/** The entity page's query, to refetch after a mutation adds to one of its lists. */
export const refetchEntity = (id: string) => [{ query: ENTITY_PAGE, variables: { id } }];
