import { Workbook } from 'exceljs';
import { encode } from 'iconv-lite';
import { cleanFilename, CSV, sniffContentType, sniffUpload, XLSX } from '../content-type';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
const type = (data: Buffer, name?: string) => sniffUpload(data, name)?.contentType ?? null;

describe('what an uploaded file is', () => {
  it('is told by its bytes, whatever its name says', () => {
    expect(type(PDF, 'licence.png')).toBe('application/pdf');
    expect(type(PNG, 'scan.pdf')).toBe('image/png');
    expect(type(JPEG, undefined)).toBe('image/jpeg');
  });

  it('recognises an .xlsx as a ZIP holding a workbook, but not any ZIP', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('组合').addRow(['uscc']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(sniffContentType(xlsx)).toBe(XLSX);
    const zip = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('word/document.xml'),
    ]);
    expect(sniffContentType(zip)).toBeNull();
  });

  it('takes text named .csv as a CSV (UTF-8 or GB18030), but never text under another name', () => {
    const text = '主体名称,站点\n海拓,MY\n';
    expect(sniffUpload(Buffer.from(text), 'portfolio.CSV ')).toBe(CSV);
    expect(sniffUpload(encode(text, 'gb18030'), '组合.csv')).toBe(CSV);
    expect(type(Buffer.from(text), 'portfolio.pdf')).toBeNull();
    expect(type(Buffer.from(text), undefined)).toBeNull();
  });

  it('refuses binary bytes named .csv', () => {
    expect(type(Buffer.from([0x00, 0x01, 0x02, 0x41, 0x42]), 'data.csv')).toBeNull();
    expect(type(Buffer.from('a,b\u0007\n'), 'data.csv')).toBeNull();
  });
});

describe('the stored name of an upload', () => {
  const pdf = sniffContentType(PDF)!;

  it('keeps a clean name that already ends in the right extension', () => {
    expect(cleanFilename('营业执照.PDF', pdf)).toBe('营业执照.PDF');
  });

  it('ends in the extension of what the bytes are', () => {
    expect(cleanFilename('licence.png', pdf)).toBe('licence.pdf');
    expect(cleanFilename('licence', pdf)).toBe('licence.pdf');
  });

  it('drops any path, control and bidi characters, and leading dots', () => {
    expect(cleanFilename('C:\\Users\\me\\..\\evil\u202egnp.pdf', pdf)).toBe('evilgnp.pdf');
    expect(cleanFilename('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(cleanFilename('...hidden.pdf', pdf)).toBe('hidden.pdf');
    expect(cleanFilename('a\u0000b\nc.pdf', pdf)).toBe('abc.pdf');
  });

  it('names a nameless scan "scan"', () => {
    expect(cleanFilename(undefined, pdf)).toBe('scan.pdf');
    expect(cleanFilename('', pdf)).toBe('scan.pdf');
    expect(cleanFilename('C:\\fakepath\\', pdf)).toBe('scan.pdf');
  });

  it('cuts a long name to 200 characters without splitting an emoji', () => {
    const name = cleanFilename(`${'😀'.repeat(300)}.png`, pdf);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('😀.pdf')).toBe(true);
    // A lone surrogate would not survive UTF-8 (PostgreSQL refuses it).
    expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name);
  });
});
