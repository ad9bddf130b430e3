import { AsyncLocalStorage } from 'node:async_hooks';
import { ClsService } from 'nestjs-cls';
import type { RequestContextStore } from '../../tenancy/request-context';
import { RequestLoaders } from '../request-loaders.service';

type Row = { id: string; name: string };
const ROWS: Row[] = [
  { id: 'a', name: '深圳市一号贸易有限公司' },
  { id: 'b', name: '广州市二号电子商务有限公司' },
];

function setUp() {
  const batches: string[][] = [];
  const cls = new ClsService<RequestContextStore>(new AsyncLocalStorage());
  const loaders = new RequestLoaders(cls);
  const load = (id: string) =>
    loaders.load('row:byId', id, async (ids: readonly string[]) => {
      batches.push([...ids]);
      return ids.map((key) => ROWS.find((row) => row.id === key) ?? null);
    });
  const known = (id: string) => loaders.known<string, Row>('row:byId', id);
  /** Runs `work` as one request (its own context, as the request middleware sets it). */
  const request = <T>(work: () => Promise<T>) => cls.run(work);
  return { loaders, load, known, request, batches };
}

describe('RequestLoaders', () => {
  it('knows what a batch answered in this request, so a field can answer at once', async () => {
    const { load, known, request, batches } = setUp();
    await request(async () => {
      expect(known('a')).toBeUndefined();
      await Promise.all([load('a'), load('b'), load('missing')]);
      expect(batches).toEqual([['a', 'b', 'missing']]);
      expect(known('a')).toBe(ROWS[0]);
      expect(known('b')).toBe(ROWS[1]);
      // A key the batch found nothing for is known to be nothing: its field answers null at once.
      expect(known('missing')).toBeNull();
      expect(known('never asked')).toBeUndefined();
    });
    // Another request knows nothing of it.
    await request(async () => expect(known('a')).toBeUndefined());
  });

  it('forgets what it knew after a write in the same request (clear)', async () => {
    const { loaders, load, known, request, batches } = setUp();
    await request(async () => {
      await load('a');
      loaders.clear('row:byId');
      expect(known('a')).toBeUndefined();
      await load('a');
      expect(batches).toEqual([['a'], ['a']]);
    });
  });

  it('knows nothing outside a request (each call batches alone, nothing is kept)', async () => {
    const { load, known } = setUp();
    expect(await load('a')).toBe(ROWS[0]);
    expect(known('a')).toBeUndefined();
  });
});
