/** PASSED and CANCELLED cases take no more bookings, attempts or checklist ticks. */
export const isClosedCase = (status: string): boolean =>
  status === 'PASSED' || status === 'CANCELLED';

/** An entity whose status says it has an open case (one per entity). */
export const hasOpenCase = (verificationStatus: string): boolean =>
  ['AWAITING_BOOKING', 'SCHEDULED', 'FAILED', 'OVERDUE'].includes(verificationStatus);
