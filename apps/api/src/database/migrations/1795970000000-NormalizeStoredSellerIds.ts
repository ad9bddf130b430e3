import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * normalizeIdentifier (libs/domain) in SQL, applied to `column`: NFKC (full-width → ASCII), every
 * space, tab, line break and zero-width character removed, upper-cased. A migration is frozen, so it
 * carries its own copy; a test feeds the domain function's cases to both.
 */
export const normalizedIdentifierSql = (column: string) =>
  `upper(regexp_replace(normalize(${column}, NFKC), '[\\s\\u00a0\\u1680\\u2000-\\u200d\\u2028\\u2029\\u202f\\u205f\\u2060\\u3000\\ufeff]', '', 'g'))`;

/**
 * Lazada seller ids were stored trimmed only: `abc 123` or a full-width `ＡＢＣ１２３` typed before
 * identifiers were normalised would not equal `ABC123` typed now, so the same shop could be added
 * twice. Stored ids become their normal form, the one every entry point now stores. Where several
 * stores of one agency and site normalise to the same id (one shop entered twice, spelt
 * differently), the one already in normal form keeps it, or else the first by id takes it; the
 * others stay as stored (nothing is merged or deleted: each may carry cases and impacts), and a new
 * entry of that id is refused as a duplicate of the normalised one. USCCs need no such step: they
 * were always stored as the 18 upper-case characters of the code. Irreversible: down does nothing.
 */
export class NormalizeStoredSellerIds1795970000000 implements MigrationInterface {
  name = 'NormalizeStoredSellerIds1795970000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The owner is subject to the table's forced row-level security (its policies name only the
    // application roles): lifted for this update, restored in the same transaction.
    await queryRunner.query(`ALTER TABLE "stores" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      WITH normal AS (
        SELECT id, lazada_seller_id, ${normalizedIdentifierSql('lazada_seller_id')} AS normal_id,
               agency_id, site
          FROM stores
      ), ranked AS (
        SELECT id, lazada_seller_id, normal_id,
               row_number() OVER (
                 PARTITION BY agency_id, site, normal_id
                 ORDER BY (lazada_seller_id = normal_id) DESC, id
               ) AS rank
          FROM normal
      )
      UPDATE stores SET lazada_seller_id = ranked.normal_id
        FROM ranked
       WHERE stores.id = ranked.id AND ranked.rank = 1
         AND ranked.normal_id <> ranked.lazada_seller_id AND ranked.normal_id <> ''`);
    await queryRunner.query(`ALTER TABLE "stores" FORCE ROW LEVEL SECURITY`);
  }

  public async down(): Promise<void> {
    // The spellings before normalisation are not kept.
  }
}
