import { Workbook, type CellValue } from 'exceljs';
import { parse } from 'csv-parse/sync';
import { Open } from 'unzipper';
import { decodeText } from '../../file/services/content-type';

/** One spreadsheet row: its number as the user sees it (the header is row 1) and its cells as text. */
export type SheetRow = { row: number; cells: string[] };

export class UnreadableSheet extends Error {
  constructor(
    readonly row: number,
    message: string,
    readonly code: 'INVALID_CSV' | 'WORKBOOK_TOO_LARGE' = 'INVALID_CSV',
  ) {
    super(message);
  }
}

/**
 * What an .xlsx may expand to. A 20,000-row sheet is a few MB of XML; a 10 MB upload that inflates
 * to gigabytes (a zip bomb) would exhaust the API's memory inside the spreadsheet reader.
 */
export const MAX_WORKBOOK_EXPANDED_BYTES = 100 * 1024 * 1024;

/** Refuses a workbook whose entries, as its ZIP directory declares them, expand past the limit. */
async function checkExpandedSize(data: Buffer): Promise<void> {
  let expanded: number;
  try {
    const directory = await Open.buffer(data);
    expanded = directory.files.reduce((total, entry) => total + entry.uncompressedSize, 0);
  } catch (error) {
    throw new UnreadableSheet(1, `the workbook cannot be read: ${(error as Error).message}`);
  }
  if (expanded > MAX_WORKBOOK_EXPANDED_BYTES) {
    const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
    throw new UnreadableSheet(
      1,
      `the workbook expands to ${megabytes(expanded)} MB, more than ${megabytes(MAX_WORKBOOK_EXPANDED_BYTES)} MB: save its first sheet alone as .xlsx or .csv`,
      'WORKBOOK_TOO_LARGE',
    );
  }
}

/**
 * A CSV's records as rows. A record's row is its position among records (what Excel shows), not its
 * physical line: a quoted cell with a line break does not shift the rows after it. Blank lines are
 * rows too (Excel shows them), so they keep their number and are skipped later as empty.
 */
export function csvGrid(text: string): SheetRow[] {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      // A quote inside an unquoted cell (深圳"海拓"公司, typed by hand) is text, as Excel reads it.
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const { records: before = 0 } = error as { records?: number };
    throw new UnreadableSheet(before + 1, (error as Error).message);
  }
  return records.map((cells, index) => ({ row: index + 1, cells }));
}

/** The bytes of a .csv upload: UTF-8 (with or without BOM), else GB18030 (a superset of GBK). */
export function csvGridOfBytes(data: Buffer): SheetRow[] {
  return csvGrid(decodeText(data) ?? '');
}

/**
 * The first worksheet of an .xlsx, row by row with the sheet's own row numbers. Date cells become
 * the calendar date as written (Excel dates have no zone: exceljs reads them as UTC midnight, so
 * the UTC fields are the date the user typed), numbers as written, rich text and formula results
 * as their text.
 */
export async function xlsxGrid(data: Buffer): Promise<SheetRow[]> {
  await checkExpandedSize(data);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableSheet(1, `the workbook cannot be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  const rows: SheetRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as CellValue[]).slice(1);
    rows.push({ row: rowNumber, cells: Array.from(values, cellText) });
  });
  return rows;
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) < 1e21
      ? BigInt(value).toString()
      : String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: CellValue }).result as CellValue);
  if ('text' in value) return cellText(value.text as CellValue);
  if ('error' in value) return value.error;
  return '';
}
