import type { ChannelEvent } from '../../../generated/graphql';

/** In a case's and a document's own order: what a group reads top to bottom. */
export const CHANNEL_EVENTS: readonly ChannelEvent[] = [
  'CASE_OPENED',
  'CASE_DUE_SOON',
  'APPOINTMENT_BOOKED',
  'CASE_OVERDUE',
  'ATTEMPT_FAILED',
  'CASE_PASSED',
  'STORE_RESTRICTED',
  'DOCUMENT_EXPIRING',
  'DOCUMENT_EXPIRED',
  'DOCUMENT_SUBMITTED',
  'DAILY_DIGEST',
];

/**
 * A new channel hears every event as it happens, so nothing that needs a hand in the group is
 * missed; the daily summary repeats those same facts once a day, so it is the one opt-in.
 */
export const DEFAULT_CHANNEL_EVENTS: readonly ChannelEvent[] = CHANNEL_EVENTS.filter(
  (event) => event !== 'DAILY_DIGEST',
);

/** The channel's events in the picker's order, whatever order the server stored them in. */
export const orderedEvents = (events: readonly ChannelEvent[]): ChannelEvent[] =>
  CHANNEL_EVENTS.filter((event) => events.includes(event));
