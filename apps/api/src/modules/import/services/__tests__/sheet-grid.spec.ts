import { Workbook } from 'exceljs';
import { encode } from 'iconv-lite';
import JSZip from 'jszip';
import {
  csvGrid,
  csvGridOfBytes,
  MAX_WORKBOOK_EXPANDED_BYTES,
  UnreadableSheet,
  xlsxGrid,
} from '../sheet-grid';

describe('a CSV as spreadsheet rows', () => {
  it('numbers records as Excel shows them: a quoted line break does not shift later rows, blank lines count', () => {
    const grid = csvGrid('\ufeffa,b\n"line one\nline two",x\n\nlast,y');
    expect(grid).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['line one\nline two', 'x'] },
      { row: 3, cells: [''] },
      { row: 4, cells: ['last', 'y'] },
    ]);
  });

  it('keeps a hand-typed quote inside an unquoted cell as text', () => {
    expect(csvGrid('深圳"海拓"公司,1')[0].cells).toEqual(['深圳"海拓"公司', '1']);
  });

  it('refuses an unterminated quote, naming the record where it starts', () => {
    let thrown: unknown;
    try {
      csvGrid('a\nb\n"c');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnreadableSheet);
    expect((thrown as UnreadableSheet).row).toBe(3);
  });

  it('reads the bytes Chinese Excel saves (GB18030) as well as UTF-8 with a BOM', () => {
    const text = '主体名称,站点\n深圳市海拓贸易有限公司,MY';
    const expected = [
      { row: 1, cells: ['主体名称', '站点'] },
      { row: 2, cells: ['深圳市海拓贸易有限公司', 'MY'] },
    ];
    expect(csvGridOfBytes(encode(text, 'gb18030'))).toEqual(expected);
    expect(csvGridOfBytes(Buffer.from(`\ufeff${text}`, 'utf8'))).toEqual(expected);
  });
});

describe('an .xlsx as spreadsheet rows', () => {
  it("reads the first sheet's cells as written: dates as the calendar day, long numbers in full", async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('组合');
    workbook.addWorksheet('ignored').addRow(['not read']);
    sheet.addRow(['uscc', 'license_expires_on', 'lazada_seller_id', 'shop_name']);
    sheet.addRow([]);
    sheet.getRow(3).values = [
      '91440300000000101X',
      new Date(Date.UTC(2027, 2, 5)),
      123456789012345,
      { richText: [{ text: '海拓' }, { text: ' MY' }] },
    ];
    sheet.getRow(4).values = ['x', { formula: 'TEXT(1,"0")', result: '长期' }, true, null];
    const data = Buffer.from(await workbook.xlsx.writeBuffer());

    expect(await xlsxGrid(data)).toEqual([
      { row: 1, cells: ['uscc', 'license_expires_on', 'lazada_seller_id', 'shop_name'] },
      { row: 3, cells: ['91440300000000101X', '2027-03-05', '123456789012345', '海拓 MY'] },
      { row: 4, cells: ['x', '长期', 'TRUE'] },
    ]);
  });

  it('refuses bytes that are not a workbook as unreadable', async () => {
    await expect(xlsxGrid(Buffer.from('not a zip'))).rejects.toBeInstanceOf(UnreadableSheet);
  });
});

describe('a workbook that expands too far', () => {
  // A zip bomb: a small upload whose sheet inflates past what any real portfolio needs.
  const workbookExpandingTo = (bytes: number) =>
    new JSZip()
      .file('[Content_Types].xml', '<Types/>')
      .file('xl/workbook.xml', '<workbook/>')
      .file('xl/worksheets/sheet1.xml', Buffer.alloc(bytes, 0x20))
      .generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

  it('is refused from its ZIP directory, before the reader inflates it', async () => {
    const bomb = await workbookExpandingTo(MAX_WORKBOOK_EXPANDED_BYTES + 1);
    expect(bomb.length).toBeLessThan(1024 * 1024); // well under the 10 MB upload limit
    const refusal = await xlsxGrid(bomb).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnreadableSheet);
    expect(refusal).toMatchObject({ row: 1, code: 'WORKBOOK_TOO_LARGE' });
    expect((refusal as Error).message).toMatch(/expands to 101 MB, more than 100 MB/);
  });

  it('is read when it stays under the limit (the check refuses size, not shape)', async () => {
    const small = await workbookExpandingTo(1024);
    const refusal = await xlsxGrid(small).catch((error: unknown) => error);
    // Not a real sheet, so exceljs may find nothing or refuse it — but never as too large.
    expect(refusal).not.toMatchObject({ code: 'WORKBOOK_TOO_LARGE' });
  });
});
