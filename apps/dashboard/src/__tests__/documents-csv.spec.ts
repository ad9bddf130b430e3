import { checkUscc } from '@veridesk/domain';
import type { PortfolioDocumentFieldsFragment } from '../generated/graphql';
import { buildCsv, csvCell } from '../modules/ui/utils/csv';
import { buildDocumentsCsv } from '../modules/documents/utils/documents-csv';
import { IMPORT_COLUMNS, importTemplateCsv } from '../modules/import/utils/import-template';

describe('CSV for Excel', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = buildCsv(['名称', '备注'], [['深圳市海拓电子商务有限公司', 'a, "b"\nc']]);
    expect(csv.startsWith('\uFEFF名称,备注\r\n')).toBe(true);
    expect(csv).toContain('深圳市海拓电子商务有限公司,"a, ""b""\nc"\r\n');
  });

  it('defuses cells Excel would run as formulas, but keeps negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('writes one row per document in the reader’s words', () => {
    const document = {
      __typename: 'Document',
      id: 'd1',
      type: 'BUSINESS_LICENSE',
      number: '914419000000040043',
      expiresOn: '2026-11-26',
      daysUntilExpiry: -3,
      status: 'EXPIRED',
      sites: [],
      representative: null,
      sellerEntity: {
        __typename: 'SellerEntity',
        id: 'e1',
        legalName: '东莞市精工五金制品有限公司',
        uscc: '914419000000040043',
      },
    } as PortfolioDocumentFieldsFragment;
    const t = (key: string) => `[${key}]`;
    const lines = buildDocumentsCsv([document], t)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      '东莞市精工五金制品有限公司,914419000000040043,[documents.types.BUSINESS_LICENSE],914419000000040043,,2026-11-26,[status.document.EXPIRED],-3,[documents.allSites]',
    );
  });
});

describe('import template', () => {
  const linesOf = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');

  it('offers the exact English columns and two example rows with valid USCCs', () => {
    const lines = linesOf(importTemplateCsv('en'));
    expect(lines[0]).toBe(
      'uscc,legal_name,registered_representative_name,business_scope,license_expires_on,site,shop_name,lazada_seller_id,categories',
    );
    expect(lines[0].split(',')).toEqual([...IMPORT_COLUMNS]);
    expect(lines).toHaveLength(3);
    for (const line of lines.slice(1)) expect(checkUscc(line.split(',')[0]).ok).toBe(true);
  });

  it('offers the Chinese header row, with dates as Chinese Excel writes them and 长期', () => {
    const csv = importTemplateCsv('zh');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = linesOf(csv);
    expect(lines[0]).toBe(
      '统一社会信用代码,主体名称,法定代表人,经营范围,营业执照到期日,站点,店铺名称,卖家ID,类目',
    );
    expect(lines.slice(1).map((line) => line.split(',')[4])).toEqual(['2027/6/30', '长期']);
  });
});
