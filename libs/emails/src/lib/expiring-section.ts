import { DIGEST_MESSAGES, digestTerm } from './digest-messages';
import type { DigestItem, EmailLocale } from './digest-model';

/** A document expired or inside the agency's expiry window, as the digest's reader may see it. */
export type ExpiringDocument = {
  entityName: string;
  /** The document type's enum value (BUSINESS_LICENSE, RESIDENT_ID_CARD …). */
  documentType: string;
  expiresOn: string;
  /** Days from the digest's date to expiry (negative: expired). */
  daysLeft: number;
  stores: string[];
  link: string | null;
  /** A reminder rung (90/60/30/…) was crossed since the last digest: it leads, and is news. */
  reminderDue: boolean;
};

/** An expiring item whose rung was crossed: reason enough to send a digest. */
export const EXPIRING_REMINDER_KIND = 'expiring';
/** Still inside the window, no rung crossed: listed by name, but never the reason to send. */
export const EXPIRING_WINDOW_KIND = 'expiring-window';

/**
 * The expiring section's items: every document named (entity, document, date, stores), those whose
 * reminder rung was crossed first, so the section's count is the number of documents it names.
 */
export function expiringItems(locale: EmailLocale, documents: ExpiringDocument[]): DigestItem[] {
  const messages = DIGEST_MESSAGES[locale];
  const item = (document: ExpiringDocument): DigestItem => ({
    kind: document.reminderDue ? EXPIRING_REMINDER_KIND : EXPIRING_WINDOW_KIND,
    title: messages.expiring(
      document.entityName,
      digestTerm(locale, 'documentType', document.documentType),
    ),
    detail: messages.expiringDetail(document.expiresOn, document.daysLeft, document.stores),
    link: document.link,
  });
  return [
    ...documents.filter((document) => document.reminderDue).map(item),
    ...documents.filter((document) => !document.reminderDue).map(item),
  ];
}
