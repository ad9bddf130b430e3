import { daysBetween } from './dates';

export const DOCUMENT_TYPES = [
  'RESIDENT_ID_CARD',
  'BUSINESS_LICENSE',
  'TRADEMARK_CERTIFICATE',
  'PRODUCT_FILING',
  'ISO_CERTIFICATE',
  'BANK_ACCOUNT_PROOF',
  'DTI_REGISTRATION',
  'TAX_REGISTRATION',
  'AUTHORIZATION_LETTER',
  'OTHER',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_STATUSES = ['VALID', 'EXPIRING_SOON', 'EXPIRED'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DEFAULT_EXPIRY_WARNING_DAYS = 30;

export type DocumentValidity = { status: DocumentStatus; daysUntilExpiry: number | null };

/**
 * A document is valid through its expiry date. No expiry date means valid long-term (长期).
 * `today` is the agency's date ("YYYY-MM-DD"), never the server's.
 */
export function documentValidity(
  expiresOn: string | null,
  today: string,
  warningDays: number,
): DocumentValidity {
  if (expiresOn === null) return { status: 'VALID', daysUntilExpiry: null };
  const daysUntilExpiry = daysBetween(today, expiresOn);
  if (daysUntilExpiry < 0) return { status: 'EXPIRED', daysUntilExpiry };
  if (daysUntilExpiry <= warningDays) return { status: 'EXPIRING_SOON', daysUntilExpiry };
  return { status: 'VALID', daysUntilExpiry };
}

/** True when the document still holds on the given date (through its expiry date). */
export function isValidOn(expiresOn: string | null, date: string): boolean {
  return expiresOn === null || expiresOn >= date;
}
