import {
  checkUscc,
  foldPasted,
  normalizeIdentifier,
  parseSheetDate,
  Site,
  SITES,
} from '@veridesk/domain';
import { cleanList } from '../../seller-entity/services/seller-entity.service';
import { csvGrid, SheetRow, UnreadableSheet } from './sheet-grid';

export const IMPORT_COLUMNS = [
  'uscc',
  'legal_name',
  'registered_representative_name',
  'business_scope',
  'license_expires_on',
  'site',
  'shop_name',
  'lazada_seller_id',
  'categories',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Each column's header in English and the Chinese names agencies use (RULES.md, Import). */
export const HEADER_ALIASES: Record<ImportColumn, string[]> = {
  uscc: ['uscc', '统一社会信用代码', '信用代码'],
  legal_name: ['legal_name', '主体名称', '企业名称', '公司名称'],
  registered_representative_name: ['registered_representative_name', '法定代表人', '法人'],
  business_scope: ['business_scope', '经营范围'],
  license_expires_on: ['license_expires_on', '营业执照到期日', '执照到期日', '营业期限至'],
  site: ['site', '站点'],
  shop_name: ['shop_name', '店铺名称', '店铺名'],
  lazada_seller_id: ['lazada_seller_id', '卖家ID', 'Lazada卖家ID', 'Seller ID'],
  categories: ['categories', '类目', '经营类目'],
};

/** A header as compared: full-width folded, no spaces or underscores, lower case. */
const headerKey = (name: string) => foldPasted(name).replace(/_/g, '').toLowerCase();

const COLUMN_OF_HEADER = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((column) =>
    HEADER_ALIASES[column].map((alias) => [headerKey(alias), column] as const),
  ),
);

/** A cell without surrounding spaces, tabs or zero-width characters. */
const clean = (cell: string | undefined) =>
  (cell ?? '').replace(/^[\s\u200b-\u200d\ufeff]+|[\s\u200b-\u200d\ufeff]+$/g, '');

export const MAX_IMPORT_ROWS = 20_000;

export type ImportRowError = {
  row: number;
  field: string | null;
  code: string;
  message: string;
  /** The refused cell as written, when one was refused. */
  value?: string | null;
};

/** One valid CSV row, normalized exactly as the API normalizes the same values. */
export type ImportRow = {
  row: number;
  uscc: string;
  legalName: string;
  registeredRepresentativeName: string;
  businessScope: string[];
  licenseExpiresOn: string | null;
  site: Site;
  shopName: string;
  lazadaSellerId: string;
  categories: string[];
};

const splitList = (value: string) => cleanList(value.split(/[;；]/));

/** Parses and validates portfolio CSV text (quotes, commas in cells, BOM): see parseGrid. */
export function parseImport(csv: string): { rows: ImportRow[]; errors: ImportRowError[] } {
  try {
    return parseGrid(csvGrid(csv));
  } catch (error) {
    if (error instanceof UnreadableSheet) return unreadable(error);
    throw error;
  }
}

export function unreadable(error: UnreadableSheet): { rows: []; errors: ImportRowError[] } {
  return {
    rows: [],
    errors: [
      { row: error.row, field: null, code: error.code, message: error.message, value: null },
    ],
  };
}

const USCC_MESSAGES: Record<string, string> = {
  REQUIRED: 'is required: write the 18-character 统一社会信用代码',
  INVALID_FORMAT: 'is not 18 valid characters (digits and capital letters, no I, O, S, V or Z)',
  INVALID_CHECKSUM: 'has a wrong check character: copy the code from the business licence',
};

/**
 * Validates a spreadsheet's rows, whatever file they came from. Row 1 is the header (English or
 * Chinese names, any case, spacing or width; unknown columns are ignored); rows whose cells are all
 * empty are skipped. Returns every valid row and every error with its row as the user sees it and
 * the refused value quoted.
 */
export function parseGrid(grid: SheetRow[]): { rows: ImportRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const headerRow = grid[0]?.row === 1 ? grid[0] : { row: 1, cells: [] };
  const position = new Map<ImportColumn, number>();
  headerRow.cells.forEach((name, index) => {
    const column = COLUMN_OF_HEADER.get(headerKey(name));
    if (column && !position.has(column)) position.set(column, index);
  });
  const missing = IMPORT_COLUMNS.filter((column) => !position.has(column));
  for (const column of missing) {
    errors.push({
      row: 1,
      field: column,
      code: 'MISSING_COLUMN',
      message: `the header (row 1) has no "${column}" column (or ${HEADER_ALIASES[column]
        .slice(1)
        .map((alias) => `"${alias}"`)
        .join(', ')})`,
      value: null,
    });
  }
  if (missing.length) return { rows: [], errors };
  const records = grid
    .filter((sheetRow) => sheetRow !== headerRow)
    .filter((sheetRow) => sheetRow.cells.some((cell) => clean(cell) !== ''));
  if (records.length === 0)
    return {
      rows: [],
      errors: [
        { row: 2, field: null, code: 'EMPTY', message: 'the file has no data rows', value: null },
      ],
    };
  if (records.length > MAX_IMPORT_ROWS) {
    return {
      rows: [],
      errors: [
        {
          row: 1,
          field: null,
          code: 'TOO_MANY_ROWS',
          message: `at most ${MAX_IMPORT_ROWS} rows per import`,
          value: null,
        },
      ],
    };
  }

  const rows: ImportRow[] = [];
  for (const { row, cells } of records) {
    const cell = (column: ImportColumn) => clean(cells[position.get(column)!]);
    const rowErrors: ImportRowError[] = [];
    const fail = (field: ImportColumn, code: string, message: string) => {
      const value = cell(field);
      rowErrors.push({
        row,
        field,
        code,
        message: value ? `"${value}" ${message}` : message,
        value: value || null,
      });
    };
    const required = (field: ImportColumn, max: number) => {
      const value = cell(field);
      if (!value) fail(field, 'REQUIRED', 'is required');
      else if (value.length > max) fail(field, 'TOO_LONG', `must be at most ${max} characters`);
      return value;
    };
    const uscc = checkUscc(cell('uscc'));
    if (!uscc.ok) fail('uscc', uscc.problem, USCC_MESSAGES[uscc.problem] ?? 'is invalid');
    const legalName = required('legal_name', 200);
    const registeredRepresentativeName = required('registered_representative_name', 100);
    const expiry = parseSheetDate(cell('license_expires_on'));
    if (!expiry.ok)
      fail(
        'license_expires_on',
        'INVALID_DATE',
        'is not a date: write 2027-03-05, 2027/3/5, 2027.3.5 or 2027年3月5日 (a real day), or 长期 / empty for long-term',
      );
    const site = cell('site').normalize('NFKC').toUpperCase();
    if (!(SITES as readonly string[]).includes(site))
      fail('site', 'INVALID_FORMAT', `is not a site: write one of ${SITES.join(', ')}`);
    const shopName = required('shop_name', 200);
    const lazadaSellerId = normalizeIdentifier(cell('lazada_seller_id'));
    if (!lazadaSellerId) fail('lazada_seller_id', 'REQUIRED', 'is required');
    else if (lazadaSellerId.length > 64)
      fail('lazada_seller_id', 'TOO_LONG', 'must be at most 64 characters');
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      row,
      uscc: (uscc as { value: string }).value,
      legalName,
      registeredRepresentativeName,
      businessScope: splitList(cell('business_scope')),
      licenseExpiresOn: (expiry as { value: string | null }).value,
      site: site as Site,
      shopName,
      lazadaSellerId,
      categories: splitList(cell('categories')),
    });
  }
  errors.push(...crossRowErrors(rows));
  return { rows, errors };
}

const shown = (value: unknown) =>
  Array.isArray(value) ? value.join(';') : value === null ? '长期' : String(value);

/**
 * Errors found against the database (an archived entity, a store of another entity) carry the
 * row's value of their field, quoted in the message, like every other error.
 */
export function withValues(errors: ImportRowError[], rows: ImportRow[]): ImportRowError[] {
  const byRow = new Map(rows.map((row) => [row.row, row]));
  return errors.map((error) => {
    if (error.value !== undefined) return error;
    const row = byRow.get(error.row);
    const value =
      error.field === 'uscc'
        ? row?.uscc
        : error.field === 'lazada_seller_id'
          ? row?.lazadaSellerId
          : undefined;
    return value
      ? { ...error, value, message: `"${value}" ${error.message}` }
      : { ...error, value: null };
  });
}

/** Rows of one entity must agree on its fields; a store may appear once. */
function crossRowErrors(rows: ImportRow[]): ImportRowError[] {
  const errors: ImportRowError[] = [];
  const entities = new Map<string, ImportRow>();
  const stores = new Map<string, number>();
  for (const row of rows) {
    const first = entities.get(row.uscc);
    if (!first) entities.set(row.uscc, row);
    else {
      const fields: Array<[keyof ImportRow, string]> = [
        ['legalName', 'legal_name'],
        ['registeredRepresentativeName', 'registered_representative_name'],
        ['businessScope', 'business_scope'],
        ['licenseExpiresOn', 'license_expires_on'],
      ];
      for (const [key, column] of fields) {
        if (JSON.stringify(first[key]) !== JSON.stringify(row[key])) {
          errors.push({
            row: row.row,
            field: column,
            code: 'CONFLICTING_VALUE',
            message: `"${shown(row[key])}" differs from row ${first.row} ("${shown(first[key])}") for the same USCC: write the same value on every row of one entity`,
            value: shown(row[key]),
          });
        }
      }
    }
    const storeKey = `${row.site}:${row.lazadaSellerId}`;
    const earlier = stores.get(storeKey);
    if (earlier) {
      errors.push({
        row: row.row,
        field: 'lazada_seller_id',
        code: 'DUPLICATE',
        message: `"${row.lazadaSellerId}" repeats the ${row.site} store of row ${earlier}: list each store once`,
        value: row.lazadaSellerId,
      });
    } else stores.set(storeKey, row.row);
  }
  return errors;
}
