import { isIsoDate } from './dates';

export type IdentifierProblem = 'REQUIRED' | 'INVALID_FORMAT' | 'INVALID_CHECKSUM' | 'INVALID_DATE';
export type IdentifierCheck =
  { ok: true; value: string } | { ok: false; problem: IdentifierProblem };

// What a paste or a Chinese input method adds around an identifier: spaces of every width, tabs, line
// breaks, zero-width characters and the byte-order mark.
const PASTED_NOISE = /[\s\u200b-\u200d\u2060\ufeff]/g;

/**
 * An identifier (USCC, resident ID, seller id, passport number) as people paste it: NFKC turns
 * full-width letters and digits (９１３５…ＡＢＣ) into ASCII, every space, tab and zero-width
 * character goes (`9131 0115 8TU7 6QN0 97`), letters are upper-cased. Applied before any length or
 * format check, wherever an identifier enters (forms, import, search, the API).
 */
export function normalizeIdentifier(input: string): string {
  return foldPasted(input).toUpperCase();
}

/**
 * Text as typed or pasted, folded for comparison: NFKC (full-width letters and digits → ASCII) and
 * every space, tab, line break and zero-width character removed; case kept. The one rule behind
 * identifiers, spreadsheet dates and spreadsheet headers.
 */
export function foldPasted(input: string): string {
  return input.normalize('NFKC').replace(PASTED_NOISE, '');
}

// GB 32100-2015: the unified social credit code (统一社会信用代码).
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 32100-2015 check character of a USCC's first 17 characters (from the USCC alphabet). */
export function usccCheckCharacter(first17: string): string {
  const sum = USCC_WEIGHTS.reduce(
    (total, weight, index) => total + USCC_ALPHABET.indexOf(first17[index]) * weight,
    0,
  );
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Validates a USCC (18 characters, no I O Z S V, check character per GB 32100-2015) after normalizeIdentifier. */
export function checkUscc(input: string): IdentifierCheck {
  const value = normalizeIdentifier(input);
  if (!value) return { ok: false, problem: 'REQUIRED' };
  if (value.length !== 18 || [...value].some((char) => !USCC_ALPHABET.includes(char))) {
    return { ok: false, problem: 'INVALID_FORMAT' };
  }
  return usccCheckCharacter(value) === value[17]
    ? { ok: true, value }
    : { ok: false, problem: 'INVALID_CHECKSUM' };
}

// GB 11643-1999: the resident identity number (公民身份号码).
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECKS = '10X98765432';

/** The GB 11643-1999 check character (0–9 or X) of a resident ID's first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  const sum = ID_WEIGHTS.reduce(
    (total, weight, index) => total + Number(first17[index]) * weight,
    0,
  );
  return ID_CHECKS[sum % 11];
}

/**
 * Validates an 18-digit resident ID: 17 digits and a check character (0–9 or X), digits 7–14 a real
 * birth date not after `today`. Returns it upper-cased.
 */
export function checkResidentId(input: string, today?: string): IdentifierCheck {
  const value = normalizeIdentifier(input);
  if (!value) return { ok: false, problem: 'REQUIRED' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'INVALID_FORMAT' };
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth < '1900-01-01' || (today !== undefined && birth > today)) {
    return { ok: false, problem: 'INVALID_DATE' };
  }
  return residentIdCheckCharacter(value) === value[17]
    ? { ok: true, value }
    : { ok: false, problem: 'INVALID_CHECKSUM' };
}

/** Passports and HK/Macao/Taiwan permits: 5–20 letters and digits, stored upper-case. */
export function checkTravelDocumentNumber(input: string): IdentifierCheck {
  const value = normalizeIdentifier(input);
  if (!value) return { ok: false, problem: 'REQUIRED' };
  return /^[A-Z0-9]{5,20}$/.test(value)
    ? { ok: true, value }
    : { ok: false, problem: 'INVALID_FORMAT' };
}

/**
 * Keeps the first 6 and last 4 characters: 110105********002X. Passport and permit numbers of
 * 5–10 characters keep the first 2 and last 2; anything shorter is hidden entirely.
 */
export function maskIdNumber(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  if (value.length <= 10)
    return `${value.slice(0, 2)}${'*'.repeat(Math.max(0, value.length - 4))}${value.slice(-2)}`;
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

/** Keeps the last 4 digits only: *******1234. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  return `${'*'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`;
}

/** A phone number as typed in China or the region: digits, spaces, dashes, an optional leading +. */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  return /^\+?\d{6,16}$/.test(digits);
}
