/**
 * A counter table keyed by a date (or an hour) and its rollup by a coarser bucket (month, day),
 * kept beside it by the database (migration CountRollups). Names come from code, never from input.
 */
export type DatedCounter = {
  counter: string;
  /** The counter's date (or hour) column. */
  dated: string;
  rollup: string;
  /** The rollup's bucket column, and the bucket of a value as SQL (the migration's expression). */
  bucket: string;
  bucketOf: (value: string) => string;
  /** The count column, the same in both. */
  count: string;
};

/** A date's month (its first day), the bucket of the monthly rollups. */
export const monthOf = (value: string) => `date_trunc('month', ${value})::date`;

/**
 * The sum of `counter`'s rows matching `where` (a condition on the alias it is given, over columns
 * both tables have) dated before `before` (an SQL value of the dated column's type): whole buckets
 * from the rollup, then the rows of `before`'s own bucket from the counter. Reads at most the
 * buckets in use plus one bucket's dates, however many dates the portfolio has filled in.
 */
export function countBeforeSql(
  dated: DatedCounter,
  where: (alias: string) => string,
  before: string,
): string {
  const { counter, rollup, count } = dated;
  const cut = dated.bucketOf(before);
  return `((SELECT coalesce(sum(r.${count}), 0) FROM ${rollup} r
             WHERE ${where('r')} AND r.${dated.bucket} < ${cut})
         + (SELECT coalesce(sum(c.${count}), 0) FROM ${counter} c
             WHERE ${where('c')} AND c.${dated.dated} >= ${cut} AND c.${dated.dated} < ${before}))`;
}
