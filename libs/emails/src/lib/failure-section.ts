import { DIGEST_MESSAGES, digestTerm } from './digest-messages';
import type { DigestItem, EmailLocale } from './digest-model';

/** An attempt that did not pass (failed, no show, interrupted), as the digest's reader may see it. */
export type FailedAttempt = {
  entityName: string;
  site: string;
  /** The attempt's outcome (FAILED, NO_SHOW, INTERRUPTED). */
  outcome: string;
  /** When the call happened, already in the reader's local time. */
  occurredAt: string;
  /** The failure reasons' enum values (DOCUMENT_BLURRY, OTHER …). */
  failureReasons: string[];
  link: string | null;
};

/** The failures section's item for one attempt: outcome and reasons in the reader's words. */
export function failureItem(locale: EmailLocale, attempt: FailedAttempt): DigestItem {
  const messages = DIGEST_MESSAGES[locale];
  return {
    kind: 'failure',
    title: messages.failure(
      attempt.entityName,
      attempt.site,
      digestTerm(locale, 'attemptOutcome', attempt.outcome),
    ),
    detail: messages.failureDetail(
      attempt.occurredAt,
      attempt.failureReasons.map((reason) => digestTerm(locale, 'failureReason', reason)),
    ),
    link: attempt.link,
  };
}
