// Independent fixtures ("lanes") that concurrent tests borrow one at a time. A test that proves a
// call wrote nothing by fingerprinting its agency works in a lane of its own, so the writes of the
// tests running beside it (in other lanes, other agencies) never show in its fingerprint.
//
//   const pool = lanes(await Promise.all([1, 2, 3].map(() => createLane())));
//   it.concurrent.each(CASES)('%s', (name) => pool.use(async (lane) => { … }));

export type Lanes<T> = {
  /** Runs the work on a free lane (waiting for one), which no other work uses meanwhile. */
  use<R>(work: (lane: T) => Promise<R>): Promise<R>;
};

export function lanes<T>(members: T[]): Lanes<T> {
  if (members.length === 0) throw new Error('lanes() needs at least one lane');
  const free = [...members];
  const waiting: Array<(lane: T) => void> = [];
  const release = (lane: T) => {
    const next = waiting.shift();
    if (next) next(lane);
    else free.push(lane);
  };
  return {
    async use(work) {
      const lane = free.shift() ?? (await new Promise<T>((resolve) => waiting.push(resolve)));
      try {
        return await work(lane);
      } finally {
        release(lane);
      }
    },
  };
}

/** Runs `work` over the items with at most `limit` at once; answers in the items' order. */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
