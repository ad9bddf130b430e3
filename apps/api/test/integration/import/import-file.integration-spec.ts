import { Workbook } from 'exceljs';
import { encode } from 'iconv-lite';
import { sql } from '../../support/errors';
import { signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { makeUscc } from '../../support/identifiers';
import { ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

// Spreadsheets as agencies really save them (RULES.md, Import): Chinese headers, the date forms
// Chinese Excel writes, rows of empty cells, cells with line breaks, GBK CSV and .xlsx files.

let api: TestApi;
let agency: SignedUpAgency;
let seed = 880_000;
const uscc = () => makeUscc(seed++);
let sellerSeed = 0;
const sellerId = () => `S${Date.now().toString(36)}${sellerSeed++}`.toUpperCase();

const ERRORS = 'errors { row field code message value }';
const IMPORT = `mutation ($csv: String!, $dryRun: Boolean) { importPortfolio(csv: $csv, dryRun: $dryRun) { dryRun created updated unchanged ${ERRORS} } }`;
const IMPORT_FILE = `mutation ($fileId: ID!, $dryRun: Boolean) { importPortfolioFile(fileId: $fileId, dryRun: $dryRun) { dryRun created updated unchanged ${ERRORS} } }`;

const ENGLISH =
  'uscc,legal_name,registered_representative_name,business_scope,license_expires_on,site,shop_name,lazada_seller_id,categories';
const CHINESE =
  '统一社会信用代码,主体名称,法定代表人,经营范围,营业执照到期日,站点,店铺名称,卖家ID,类目';

const importText = async (csv: string, dryRun = false) =>
  ok(await api.gql(IMPORT, { csv, dryRun }, { as: agency.token }), 'importPortfolio');

async function upload(data: Buffer, filename: string, token = agency.token) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), filename);
  const response = await fetch(`${api.url}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function importBytes(data: Buffer, filename: string, dryRun = false) {
  const { status, body } = await upload(data, filename);
  expect(status).toBe(201);
  return api.gql(IMPORT_FILE, { fileId: body.id, dryRun }, { as: agency.token });
}

const expiryOf = async (code: string) =>
  (
    await sql(
      `SELECT d.expires_on::text AS e FROM documents d JOIN seller_entities s ON s.id = d.seller_entity_id
        WHERE s.uscc = $1 AND s.agency_id = $2 AND d.type = 'BUSINESS_LICENSE'`,
      [code, agency.agencyId],
    )
  )[0]?.e;

const storesOf = (code: string) =>
  sql(
    `SELECT st.site, st.lazada_seller_id AS "sellerId", st.shop_name AS "shopName" FROM stores st
      JOIN seller_entities s ON s.id = st.seller_entity_id WHERE s.uscc = $1 AND s.agency_id = $2
      ORDER BY st.site`,
    [code, agency.agencyId],
  );

beforeAll(async () => {
  api = await startTestApi();
  agency = await signUpAgency(api);
});
afterAll(() => api.close());

describe('importPortfolio reads the date forms Chinese spreadsheets hold', () => {
  it.each([
    ['2027-03-05', '2027-03-05'],
    ['2027-3-5', '2027-03-05'],
    ['2027/3/5', '2027-03-05'],
    ['2027.3.5', '2027-03-05'],
    ['2027年3月5日', '2027-03-05'],
    ['２０２７／３／５', '2027-03-05'],
    ['长期', null],
    ['长期有效', null],
    ['永久', null],
    ['', null],
  ])('stores %j as the licence expiry %s', async (cell, expected) => {
    const code = uscc();
    const report = await importText(
      `${ENGLISH}\n${code},日期测试公司,张伟,,${cell},TH,Date TH,${sellerId()},\n`,
    );
    expect(report).toMatchObject({ created: 1, errors: [] });
    expect(await expiryOf(code)).toBe(expected);
  });

  it.each(['2027-02-30', '2027/13/1', '3/5/2027', 'soon'])(
    'refuses %j, quoting it and saying what would work',
    async (cell) => {
      const report = await importText(
        `${ENGLISH}\n${uscc()},日期测试公司,张伟,,${cell},TH,Date TH,${sellerId()},\n`,
      );
      expect(report.errors).toEqual([
        {
          row: 2,
          field: 'license_expires_on',
          code: 'INVALID_DATE',
          value: cell,
          message: expect.stringContaining(`"${cell}"`),
        },
      ]);
      expect(report.errors[0].message).toContain('2027/3/5');
    },
  );
});

describe('importPortfolio matches headers in English or Chinese', () => {
  it.each([
    ['the Chinese header row', CHINESE],
    [
      'the other Chinese names',
      '信用代码,企业名称,法人,经营范围,执照到期日,站点,店铺名,Lazada卖家ID,经营类目',
    ],
    [
      'more Chinese names',
      '统一社会信用代码,公司名称,法人,经营范围,营业期限至,站点,店铺名称,Seller ID,类目',
    ],
    [
      'odd case, spaces and full-width letters',
      ' USCC ,Legal Name,REGISTERED_representative_name,business scope,License_Expires_On,ＳＩＴＥ,shop_name ,lazada seller id,Categories',
    ],
    [
      'columns in another order with an extra one',
      `备注,${CHINESE.split(',').reverse().join(',')}`,
    ],
  ])('imports a file with %s', async (label, header) => {
    const code = uscc();
    const id = sellerId();
    const english: Record<string, string> = {
      uscc: code,
      legal_name: '别名测试公司',
      registered_representative_name: '李强',
      business_scope: 'toys',
      license_expires_on: '2027/3/5',
      site: 'MY',
      shop_name: 'Alias MY',
      lazada_seller_id: id,
      categories: 'toys',
    };
    const values = Object.values(english);
    const row = label.startsWith('columns')
      ? ['a note', ...[...values].reverse()].join(',')
      : values.join(',');
    const report = await importText(`${header}\n${row}\n`);
    expect(report).toMatchObject({ created: 1, errors: [] });
    expect(await expiryOf(code)).toBe('2027-03-05');
    expect(await storesOf(code)).toEqual([{ site: 'MY', sellerId: id, shopName: 'Alias MY' }]);
  });

  it('names each missing column once, with its Chinese names', async () => {
    const report = await importText(`统一社会信用代码,主体名称\nx,y\n`);
    expect(report.errors.map((error: any) => error.field)).toEqual([
      'registered_representative_name',
      'business_scope',
      'license_expires_on',
      'site',
      'shop_name',
      'lazada_seller_id',
      'categories',
    ]);
    expect(report.errors[0]).toMatchObject({ row: 1, code: 'MISSING_COLUMN' });
    expect(report.errors[0].message).toContain('法定代表人');
  });
});

describe('importPortfolio numbers rows as the spreadsheet shows them', () => {
  it('skips rows of empty cells without an error and keeps later row numbers', async () => {
    const report = await importText(
      [
        ENGLISH,
        `${uscc()},空行测试公司,张伟,,2027/3/5,TH,Empty TH,${sellerId()},`,
        ',,,,,,,,',
        ' , ,\t, ,,,,,',
        '',
        `${uscc()},空行测试公司二,张伟,,2027/2/30,TH,Empty TH 2,${sellerId()},`,
        ',,,,,,,,',
      ].join('\r\n'),
      true,
    );
    expect(report.errors.map((error: any) => [error.row, error.field, error.value])).toEqual([
      [6, 'license_expires_on', '2027/2/30'],
    ]);
  });

  it('counts a record with a line break inside a quoted cell as one row', async () => {
    const report = await importText(
      [
        ENGLISH,
        `${uscc()},"多行
地址公司",张伟,"toys
books",2027/3/5,TH,Multi TH,${sellerId()},`,
        `${uscc()},多行测试公司,张伟,,not a date,TH,Multi TH 2,${sellerId()},`,
      ].join('\n'),
      true,
    );
    expect(report.errors.map((error: any) => [error.row, error.field])).toEqual([
      [3, 'license_expires_on'],
    ]);
  });

  it('reads a quote inside an unquoted cell as text, and numbers an unclosed quote by its record', async () => {
    const code = uscc();
    const report = await importText(
      `${ENGLISH}\n${code},深圳"海拓"公司,张伟,,长期,TH,Quote TH,${sellerId()},\n`,
    );
    expect(report).toMatchObject({ created: 1, errors: [] });
    const [entity] = await sql(`SELECT legal_name AS n FROM seller_entities WHERE uscc = $1`, [
      code,
    ]);
    expect(entity.n).toBe('深圳"海拓"公司');
    const broken = await importText(
      `${ENGLISH}\n${uscc()},甲公司,张伟,,长期,TH,A,${sellerId()},\n"${uscc()},乙公司,张伟,,长期,TH,B,${sellerId()},\n`,
      true,
    );
    expect(broken.errors).toEqual([expect.objectContaining({ row: 3, code: 'INVALID_CSV' })]);
  });

  it('normalises identifiers: spaces, tabs and full-width characters in USCC and seller id', async () => {
    const code = uscc();
    const spaced = `${code.slice(0, 4)} ${code.slice(4, 10)}\t${code.slice(10)}`
      .replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
      .toLowerCase();
    const report = await importText(
      `${ENGLISH}\n"${spaced}",全角测试公司,张伟,,长期,PH,Wide PH,ｐｈ ９９０１,\n`,
    );
    expect(report).toMatchObject({ created: 1, errors: [] });
    expect(await storesOf(code)).toEqual([{ site: 'PH', sellerId: 'PH9901', shopName: 'Wide PH' }]);
  });
});

describe('importPortfolioFile', () => {
  const chineseRows = (codes: string[], ids: string[]) =>
    [
      CHINESE,
      `${codes[0]},深圳市编码测试有限公司,张伟,家电;美妆,2027/3/5,TH,编码 TH,${ids[0]},家电`,
      ',,,,,,,,',
      `${codes[1]},广州编码测试有限公司,李强,玩具,长期有效,VN,编码 VN,${ids[1]},玩具`,
    ].join('\r\n');

  it.each([
    ['GBK', (text: string) => encode(text, 'gbk')],
    ['GB18030', (text: string) => encode(text, 'gb18030')],
    ['UTF-8 with a BOM', (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8')],
    ['UTF-8', (text: string) => Buffer.from(text, 'utf8')],
  ])('imports a %s CSV with Chinese headers and 2027/3/5 dates', async (_label, bytes) => {
    const codes = [uscc(), uscc()];
    const ids = [sellerId(), sellerId()];
    const data = bytes(chineseRows(codes, ids));
    const dry = ok(await importBytes(data, '客户清单.csv', true), 'importPortfolioFile');
    expect(dry).toEqual({ dryRun: true, created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await expiryOf(codes[0])).toBeUndefined();
    const report = ok(await importBytes(data, '客户清单.csv'), 'importPortfolioFile');
    expect(report).toEqual({ dryRun: false, created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await expiryOf(codes[0])).toBe('2027-03-05');
    expect(await expiryOf(codes[1])).toBeNull();
    const [entity] = await sql(
      `SELECT legal_name AS "legalName", business_scope AS "scope" FROM seller_entities WHERE uscc = $1 AND agency_id = $2`,
      [codes[0], agency.agencyId],
    );
    expect(entity).toEqual({ legalName: '深圳市编码测试有限公司', scope: ['家电', '美妆'] });
    // The same file again changes nothing, as with importPortfolio.
    const again = ok(await importBytes(data, '客户清单.csv'), 'importPortfolioFile');
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('imports an .xlsx: first sheet, real date cells, a numeric seller id, rich text', async () => {
    const codes = [uscc(), uscc()];
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(CHINESE.split(','));
    sheet.addRow([
      codes[0],
      { richText: [{ text: '深圳市' }, { font: { bold: true }, text: '表格测试有限公司' }] },
      '张伟',
      '家电',
      new Date(Date.UTC(2027, 2, 5)),
      'TH',
      '表格 TH',
      1234567890123,
      '家电',
    ]);
    sheet.addRow([]);
    sheet.addRow([
      codes[1],
      '表格测试二公司',
      '李强',
      '',
      '2027年12月31日',
      'SG',
      '表格 SG',
      'SG-77',
      '',
    ]);
    sheet.getColumn(5).numFmt = 'yyyy/m/d';
    workbook.addWorksheet('其他').addRow(['not', 'read']);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());

    const { status, body } = await upload(data, 'portfolio.xlsx');
    expect(status).toBe(201);
    expect(body.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const report = ok(
      await api.gql(IMPORT_FILE, { fileId: body.id }, { as: agency.token }),
      'importPortfolioFile',
    );
    expect(report).toEqual({ dryRun: false, created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await expiryOf(codes[0])).toBe('2027-03-05');
    expect(await expiryOf(codes[1])).toBe('2027-12-31');
    expect(await storesOf(codes[0])).toEqual([
      { site: 'TH', sellerId: '1234567890123', shopName: '表格 TH' },
    ]);
    const [entity] = await sql(`SELECT legal_name AS n FROM seller_entities WHERE uscc = $1`, [
      codes[0],
    ]);
    expect(entity.n).toBe('深圳市表格测试有限公司');
  });

  it('reports .xlsx errors with the sheet row numbers and the refused value', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(ENGLISH.split(','));
    sheet.getRow(5).values = [
      uscc(),
      '行号公司',
      '张伟',
      '',
      'someday',
      'TH',
      'Rows TH',
      sellerId(),
      '',
    ];
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = ok(await importBytes(data, 'rows.xlsx', true), 'importPortfolioFile');
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 5, field: 'license_expires_on', value: 'someday' }),
    ]);
  });

  it('refuses a PDF file id, saying which formats work', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const { body } = await upload(pdf, 'licence.pdf');
    const result = await api.gql(IMPORT_FILE, { fileId: body.id }, { as: agency.token });
    expect(result.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        expect.objectContaining({ field: 'fileId', message: expect.stringMatching(/xlsx.*csv/) }),
      ],
    });
  });

  it("answers NOT_FOUND for another agency's spreadsheet and writes nothing", async () => {
    const other = await signUpAgency(api);
    const code = uscc();
    const { body } = await upload(
      Buffer.from(`${ENGLISH}\n${code},他人公司,张伟,,长期,TH,Other TH,${sellerId()},\n`),
      'theirs.csv',
      other.token,
    );
    const result = await api.gql(IMPORT_FILE, { fileId: body.id }, { as: agency.token });
    expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await sql(`SELECT 1 FROM seller_entities WHERE uscc = $1`, [code])).toEqual([]);
  });

  it('refuses a text file not named .csv, and a spreadsheet as a document scan', async () => {
    expect((await upload(Buffer.from(`${ENGLISH}\n`), 'notes.txt')).status).toBe(400);
    const { body } = await upload(Buffer.from(`${ENGLISH}\n`), 'sheet.csv');
    expect(body.contentType).toBe('text/csv');
    const entity = ok(
      await api.gql(
        `mutation ($input: CreateSellerEntityInput!) { createSellerEntity(input: $input) { id } }`,
        {
          input: {
            uscc: uscc(),
            legalName: '扫描件测试公司',
            registeredRepresentativeName: '张伟',
          },
        },
        { as: agency.token },
      ),
      'createSellerEntity',
    );
    const recorded = await api.gql(
      `mutation ($input: RecordDocumentInput!) { recordDocument(input: $input) { id } }`,
      { input: { sellerEntityId: entity.id, type: 'OTHER', number: 'X-1', fileId: body.id } },
      { as: agency.token },
    );
    expect(recorded.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [expect.objectContaining({ field: 'fileId', code: 'UNSUPPORTED_TYPE' })],
    });
  });
});
