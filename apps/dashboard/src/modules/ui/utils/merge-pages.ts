type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: unknown[];
};

/** Appends the next page of a connection, skipping edges already held (a page fetched twice). */
export const mergePages = <TPage extends Page>(
  previous: TPage,
  next: TPage,
  keyOf: (edge: TPage['edges'][number]) => string,
): TPage => {
  const seen = new Set(previous.edges.map(keyOf));
  return {
    ...next,
    edges: [...previous.edges, ...next.edges.filter((edge) => !seen.has(keyOf(edge)))],
  };
};
