import { isIsoDate } from './dates';
import { foldPasted } from './identifiers';

/**
 * Words agencies write for a licence without an end date (营业期限：长期). Empty means the same.
 * `long-term` (any case or spacing) stays accepted: integrators' files used it before RULES named the
 * Chinese forms.
 */
export const LONG_TERM_WORDS = ['长期', '长期有效', '永久', 'long-term', 'longterm'] as const;

/** The date forms a spreadsheet cell may hold, as the reader would type them. */
export const SHEET_DATE_FORMS = ['2027-03-05', '2027-3-5', '2027/3/5', '2027.3.5', '2027年3月5日'];

const SHEET_DATE = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;

export type SheetDate =
  | { ok: true; value: string | null } // null: long-term
  | { ok: false };

/**
 * A licence expiry as written in a spreadsheet cell: YYYY-MM-DD, YYYY-M-D, YYYY/M/D (what Chinese
 * Excel writes), YYYY.M.D or YYYY年M月D日, in half- or full-width digits, with surrounding spaces;
 * 长期, 长期有效, 永久 or empty = long-term (null). Only real calendar dates: 2027-02-30 is refused.
 */
export function parseSheetDate(cell: string): SheetDate {
  const text = foldPasted(cell);
  if (text === '' || (LONG_TERM_WORDS as readonly string[]).includes(text.toLowerCase()))
    return { ok: true, value: null };
  const match = SHEET_DATE.exec(text);
  if (!match) return { ok: false };
  const [, year, , month1, day1, month2, day2] = match;
  const value = `${year}-${(month1 ?? month2).padStart(2, '0')}-${(day1 ?? day2).padStart(2, '0')}`;
  return isIsoDate(value) ? { ok: true, value } : { ok: false };
}
