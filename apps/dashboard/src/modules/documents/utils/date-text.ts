/** The API's `Date` scalar ("YYYY-MM-DD") as text; null stays null (long-term). */
export const dateText = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
