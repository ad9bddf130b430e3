import { normalizeIdentifier } from '@veridesk/domain';

/**
 * The longest text an identifier field (USCC, Lazada seller id, ID number) takes as typed or
 * pasted: room for the spaces, tabs and full-width characters a paste brings, which are removed
 * before anything counts the code's own length (an 18-character limit cut `9131 0115 8TU7 6QN0 97`
 * to `9131 0115 8TU7 6QN` before the spaces went).
 */
export const IDENTIFIER_PASTE_MAX_LENGTH = 64;

/** What an identifier field holds once typed or pasted: the domain's normal form (as the API stores it). */
export function identifierFieldValue(value: string | null | undefined): string {
  return normalizeIdentifier(value ?? '');
}

// Once normalised, only letters and digits, at least one digit: a USCC, seller id or part of one.
const IDENTIFIER_LIKE = /^(?=.*\d)[0-9A-Z]+$/;

/**
 * A search box's text as it is sent: an identifier-like query (`9131 0115 8TU7`, full-width,
 * lower case) in its normal form, anything else (a name) as typed, trimmed.
 */
export function searchText(value: string): string {
  const identifier = normalizeIdentifier(value);
  return IDENTIFIER_LIKE.test(identifier) ? identifier : value.trim();
}
