// Building an Intl formatter costs far more than using one (a list of 300 rows feels it): one per zone.
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

const cached = (
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  create: () => Intl.DateTimeFormat,
): Intl.DateTimeFormat => {
  let format = cache.get(timeZone);
  if (!format) {
    format = create();
    cache.set(timeZone, format);
  }
  return format;
};

/** "2026-12-01 10:00" on the wall clock of an IANA zone. */
export const wallClock = (iso: string, timeZone: string): string => {
  const parts = cached(
    wallClockFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  ).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
};

/** "UTC+7" for a zone at an instant (from the zone's rules, never a fixed table). */
export const utcOffset = (iso: string, timeZone: string): string => {
  const name = cached(
    offsetFormats,
    timeZone,
    () => new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' }),
  )
    .formatToParts(new Date(iso))
    .find((item) => item.type === 'timeZoneName')?.value;
  return (name ?? 'GMT').replace('GMT', 'UTC').replace(/^UTC$/, 'UTC+0');
};
