import { checkUscc, isIsoDate, Site, SITES } from '@veridesk/domain';
import { parse } from 'csv-parse/sync';
import { cleanList } from '../../seller-entity/services/seller-entity.service';

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

export const MAX_IMPORT_ROWS = 20_000;
const LONG_TERM = new Set(['', '长期', 'long-term', 'long term']);

export type ImportRowError = { row: number; field: string | null; code: string; message: string };

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

/**
 * Parses and validates a portfolio CSV with a real CSV parser (quotes, commas in cells, BOM).
 * Returns every valid row and every error with its spreadsheet row (the header is row 1).
 */
export function parseImport(csv: string): { rows: ImportRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(csv, {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
    }) as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      rows: [],
      errors: [{ row: line, field: null, code: 'INVALID_CSV', message: (error as Error).message }],
    };
  }
  const header = records[0] ? Object.keys(records[0].record) : parseHeader(csv);
  const missing = IMPORT_COLUMNS.filter((column) => !header.includes(column));
  for (const column of missing) {
    errors.push({
      row: 1,
      field: column,
      code: 'MISSING_COLUMN',
      message: `the header has no "${column}" column`,
    });
  }
  if (missing.length) return { rows: [], errors };
  if (records.length === 0)
    return {
      rows: [],
      errors: [{ row: 2, field: null, code: 'EMPTY', message: 'the file has no data rows' }],
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
        },
      ],
    };
  }

  const rows: ImportRow[] = [];
  for (const { record, info } of records) {
    const row = info.lines;
    const rowErrors: ImportRowError[] = [];
    const fail = (field: string, code: string, message: string) =>
      rowErrors.push({ row, field, code, message });
    const required = (field: (typeof IMPORT_COLUMNS)[number], max: number) => {
      const value = record[field] ?? '';
      if (!value) fail(field, 'REQUIRED', 'is required');
      else if (value.length > max) fail(field, 'TOO_LONG', `must be at most ${max} characters`);
      return value;
    };
    const uscc = checkUscc(record.uscc ?? '');
    if (!uscc.ok) {
      const messages = {
        REQUIRED: 'is required',
        INVALID_FORMAT: 'is not 18 valid characters',
        INVALID_CHECKSUM: 'has a wrong check character',
      };
      fail('uscc', uscc.problem, messages[uscc.problem as keyof typeof messages] ?? 'is invalid');
    }
    const legalName = required('legal_name', 200);
    const registeredRepresentativeName = required('registered_representative_name', 100);
    const expiry = record.license_expires_on ?? '';
    let licenseExpiresOn: string | null = null;
    if (!LONG_TERM.has(expiry.toLowerCase())) {
      if (isIsoDate(expiry)) licenseExpiresOn = expiry;
      else
        fail('license_expires_on', 'INVALID_DATE', 'must be YYYY-MM-DD, 长期 or empty (long-term)');
    }
    const site = (record.site ?? '').toUpperCase();
    if (!(SITES as readonly string[]).includes(site))
      fail('site', 'INVALID_FORMAT', `must be one of ${SITES.join(', ')}`);
    const shopName = required('shop_name', 200);
    const lazadaSellerId = required('lazada_seller_id', 64);
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      row,
      uscc: (uscc as { value: string }).value,
      legalName,
      registeredRepresentativeName,
      businessScope: splitList(record.business_scope ?? ''),
      licenseExpiresOn,
      site: site as Site,
      shopName,
      lazadaSellerId,
      categories: splitList(record.categories ?? ''),
    });
  }
  errors.push(...crossRowErrors(rows));
  return { rows, errors };
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
            message: `differs from row ${first.row} for the same USCC`,
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
        message: `repeats the ${row.site} store of row ${earlier}`,
      });
    } else stores.set(storeKey, row.row);
  }
  return errors;
}

function parseHeader(csv: string): string[] {
  const firstLine = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return firstLine.split(',').map((name) => name.trim().toLowerCase());
}
