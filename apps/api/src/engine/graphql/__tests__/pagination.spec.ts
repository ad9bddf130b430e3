import { decodeCursor, toPage } from '../pagination';

describe('toPage', () => {
  const rows = [
    { id: 'a', at: '2026-12-01' },
    { id: 'b', at: '2026-12-02' },
    { id: 'c', at: '2026-12-03' },
  ];
  const page = toPage(
    rows,
    2,
    3,
    (row) => [row.at, row.id],
    (row) => ({ id: row.id }),
  );

  it('keeps the first rows and tells whether there are more', () => {
    expect(page.edges.map((edge) => edge.node.id)).toEqual(['a', 'b']);
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it("gives each edge the cursor of its row, and the page the last edge's", () => {
    expect(page.edges.map((edge) => decodeCursor(edge.cursor, 2))).toEqual([
      ['2026-12-01', 'a'],
      ['2026-12-02', 'b'],
    ]);
    expect(page.pageInfo.endCursor).toBe(page.edges[1].cursor);
  });

  it('keeps the cursor on a copy of an edge (a service that maps its nodes)', () => {
    const copied = page.edges.map((edge) => ({ ...edge, node: edge.node.id }));
    expect(copied[0]).toEqual({ cursor: page.edges[0].cursor, node: 'a' });
  });

  it('gives an empty page no end cursor', () => {
    const empty = toPage(
      [],
      2,
      0,
      () => [],
      (row) => row,
    );
    expect(empty.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
