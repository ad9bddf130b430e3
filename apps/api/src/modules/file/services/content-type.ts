import { decode } from 'iconv-lite';

export type ScanType = {
  contentType: string;
  extension: string;
  /** The name endings that already say this type. */
  endings: RegExp;
};

/** The formats a scan may have, recognised by their first bytes — never by name or client header. */
const SIGNATURES: Array<ScanType & { bytes: number[] }> = [
  {
    contentType: 'application/pdf',
    extension: 'pdf',
    endings: /\.pdf$/i,
    bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  },
  {
    contentType: 'image/png',
    extension: 'png',
    endings: /\.png$/i,
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { contentType: 'image/jpeg', extension: 'jpg', endings: /\.jpe?g$/i, bytes: [0xff, 0xd8, 0xff] },
];
const KNOWN_ENDING = /\.(pdf|png|jpe?g|xlsx|csv)$/i;

/** The content types a document's scan may have; spreadsheets are for import only. */
export const SCAN_CONTENT_TYPES = SIGNATURES.map((signature) => signature.contentType);

export const XLSX: ScanType = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
  endings: /\.xlsx$/i,
};
export const CSV: ScanType = { contentType: 'text/csv', extension: 'csv', endings: /\.csv$/i };
/** The content types importPortfolioFile reads. */
export const SHEET_CONTENT_TYPES = [XLSX.contentType, CSV.contentType];

const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (data: Buffer, bytes: number[]) =>
  data.length >= bytes.length && bytes.every((byte, index) => data[index] === byte);

/**
 * What the bytes are: a PDF, PNG or JPEG by its signature, an .xlsx by being a ZIP that holds
 * xl/workbook.xml (every Office Open XML workbook names it in a local file header). Never by name.
 */
export function sniffContentType(data: Buffer): ScanType | null {
  const match = SIGNATURES.find(({ bytes }) => startsWith(data, bytes));
  if (match)
    return { contentType: match.contentType, extension: match.extension, endings: match.endings };
  if (startsWith(data, ZIP) && data.includes('xl/workbook.xml')) return XLSX;
  return null;
}

/**
 * A file's type for POST /files: what sniffContentType says, or CSV for a file named .csv whose
 * bytes are text (UTF-8, UTF-8 with BOM, GBK or GB18030; no binary control characters). Text has
 * no signature, so only the name says it is meant as a spreadsheet: a text file named .pdf stays
 * refused.
 */
export function sniffUpload(data: Buffer, name: string | undefined): ScanType | null {
  const type = sniffContentType(data);
  if (type) return type;
  if (!CSV.endings.test((name ?? '').trim())) return null;
  const text = decodeText(data);
  // eslint-disable-next-line no-control-regex -- binary control characters are what text lacks
  return text !== null && !/[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/.test(text) ? CSV : null;
}

/**
 * The text of a spreadsheet's bytes: UTF-8 (its BOM removed), else GB18030 (a superset of GBK, what
 * Chinese Excel saves a CSV in). Null when neither reads it without replacement characters.
 */
export function decodeText(data: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    const text = decode(data, 'gb18030');
    return text.includes('\ufffd') ? null : text;
  }
}

/**
 * The client's file name without any path, control or bidi characters, at most 200 characters, and
 * ending in the extension of what the bytes are: a scan misnamed "licence.png" that holds a PDF is
 * kept as "licence.pdf", so it opens with the right program once downloaded.
 */
export function cleanFilename(name: string | undefined, type: ScanType): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^\.+/, '')
    .trim();
  // Counted in code points, so a cut never splits an emoji into an unstorable lone surrogate.
  if (type.endings.test(base) && [...base].length <= 200) return base;
  const stem = [...(base.replace(KNOWN_ENDING, '').trim() || 'scan')]
    .slice(0, 200 - type.extension.length - 1)
    .join('');
  return `${stem}.${type.extension}`;
}
