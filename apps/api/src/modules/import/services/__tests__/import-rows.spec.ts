import { makeUscc, withWrongUsccCheck } from '../../../../../test/support/identifiers';
import { IMPORT_COLUMNS, parseImport, withValues } from '../import-rows';

const HEADER = IMPORT_COLUMNS.join(',');
const A = makeUscc(101);
const B = makeUscc(102);

/** One CSV row in IMPORT_COLUMNS order, from a valid default with some cells replaced. */
function line(cells: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>> = {}) {
  const row = {
    uscc: A,
    legal_name: '深圳市海拓贸易有限公司',
    registered_representative_name: '张伟',
    business_scope: '服装;鞋帽',
    license_expires_on: '2030-06-30',
    site: 'MY',
    shop_name: 'Haituo MY',
    lazada_seller_id: 'MY100001',
    categories: 'Fashion',
    ...cells,
  };
  return IMPORT_COLUMNS.map((column) => row[column]).join(',');
}
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');

describe('reading a portfolio CSV', () => {
  it('turns a valid row into an entity with its store, lists split on ; or ；', () => {
    const { rows, errors } = parseImport(csv(line({ business_scope: '服装；鞋帽; 服装 ' })));
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        uscc: A,
        legalName: '深圳市海拓贸易有限公司',
        registeredRepresentativeName: '张伟',
        businessScope: ['服装', '鞋帽'],
        licenseExpiresOn: '2030-06-30',
        site: 'MY',
        shopName: 'Haituo MY',
        lazadaSellerId: 'MY100001',
        categories: ['Fashion'],
      },
    ]);
  });

  it('reads Chinese, full-width and oddly spaced headers in any order, ignoring unknown columns', () => {
    const header =
      '站点,店铺名称,卖家ID,备注,统一社会信用代码,主体名称,法定代表人,经营范围,ＬＩＣＥＮＳＥ_expires_on,类目';
    const text = [header, `th,泰国店,TH-9,随便,${A},海拓,张伟,,长期,`].join('\n');
    const { rows, errors } = parseImport(text);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      uscc: A,
      site: 'TH',
      shopName: '泰国店',
      lazadaSellerId: 'TH-9',
      licenseExpiresOn: null,
      businessScope: [],
    });
  });

  it('names every missing column in the header, with its Chinese aliases, and reads no rows', () => {
    const { rows, errors } = parseImport('uscc,legal_name\n' + `${A},海拓`);
    expect(rows).toEqual([]);
    expect(errors.map((error) => [error.row, error.field, error.code])).toEqual(
      IMPORT_COLUMNS.slice(2).map((column) => [1, column, 'MISSING_COLUMN']),
    );
    expect(errors[0].message).toContain('"法定代表人"');
  });

  it('says a file with only a header (and blank lines) has no data rows', () => {
    expect(parseImport(`${HEADER}\n\n,,,,,,,,\n`).errors).toEqual([
      { row: 2, field: null, code: 'EMPTY', message: 'the file has no data rows', value: null },
    ]);
  });

  it('reports each bad cell with the row Excel shows and the value as written, and keeps good rows', () => {
    const text = csv(
      line(),
      '',
      line({
        uscc: withWrongUsccCheck(B),
        license_expires_on: '2027-02-30',
        site: 'US',
        lazada_seller_id: 'L'.repeat(65),
        shop_name: '',
      }),
    );
    const { rows, errors } = parseImport(text);
    expect(rows.map((row) => row.row)).toEqual([2]);
    expect(errors.map(({ row, field, code, value }) => ({ row, field, code, value }))).toEqual([
      { row: 4, field: 'uscc', code: 'INVALID_CHECKSUM', value: withWrongUsccCheck(B) },
      { row: 4, field: 'license_expires_on', code: 'INVALID_DATE', value: '2027-02-30' },
      { row: 4, field: 'site', code: 'INVALID_FORMAT', value: 'US' },
      { row: 4, field: 'shop_name', code: 'REQUIRED', value: null },
      { row: 4, field: 'lazada_seller_id', code: 'TOO_LONG', value: 'L'.repeat(65) },
    ]);
    expect(errors[2].message).toBe('"US" is not a site: write one of MY, SG, PH, TH, VN, ID');
    expect(errors[3].message).toBe('is required');
  });

  it('refuses rows of one USCC that disagree on an entity field, quoting both values', () => {
    const text = csv(
      line(),
      line({ site: 'SG', lazada_seller_id: 'SG1', license_expires_on: '长期' }),
    );
    const { errors } = parseImport(text);
    expect(errors).toEqual([
      {
        row: 3,
        field: 'license_expires_on',
        code: 'CONFLICTING_VALUE',
        message:
          '"长期" differs from row 2 ("2030-06-30") for the same USCC: write the same value on every row of one entity',
        value: '长期',
      },
    ]);
  });

  it('refuses a store listed twice on one site, but not the same seller ID on another site', () => {
    const text = csv(
      line(),
      line({ uscc: B, lazada_seller_id: ' my100001 ' }),
      line({ uscc: B, site: 'SG', lazada_seller_id: 'MY100001' }),
    );
    const { rows, errors } = parseImport(text);
    expect(rows.map((row) => row.lazadaSellerId)).toEqual(['MY100001', 'MY100001', 'MY100001']);
    expect(errors).toEqual([
      {
        row: 3,
        field: 'lazada_seller_id',
        code: 'DUPLICATE',
        message: '"MY100001" repeats the MY store of row 2: list each store once',
        value: 'MY100001',
      },
    ]);
  });

  it('reports an unterminated quote as an unreadable file at the record it starts', () => {
    const { rows, errors } = parseImport(csv(line(), `"${A},海拓`));
    expect(rows).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ row: 3, code: 'INVALID_CSV', field: null })]);
  });

  it('quotes the row value in errors found later against the database', () => {
    const { rows } = parseImport(csv(line()));
    const [error] = withValues(
      [{ row: 2, field: 'uscc', code: 'ARCHIVED', message: 'belongs to an archived entity' }],
      rows,
    );
    expect(error).toEqual({
      row: 2,
      field: 'uscc',
      code: 'ARCHIVED',
      message: `"${A}" belongs to an archived entity`,
      value: A,
    });
  });
});
