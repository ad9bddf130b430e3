import dayjs, { type Dayjs } from 'dayjs';
import { DateTime } from 'luxon';

// antd's pickers show wall-clock fields in the browser's zone. The dashboard means them as the
// wall clock of the viewer's profile zone, which may differ (a laptop set to Bangkok time).

/** The picker value showing `instant` on the wall clock of `zone`. */
export const instantToPicker = (instant: string | Date, zone: string): Dayjs => {
  const local = DateTime.fromJSDate(new Date(instant)).setZone(zone);
  return dayjs(new Date(local.year, local.month - 1, local.day, local.hour, local.minute));
};

/** The instant a picker value means on the wall clock of `zone`, as ISO-8601 UTC. */
export const pickerToInstant = (value: Dayjs, zone: string): string =>
  DateTime.fromObject(
    {
      year: value.year(),
      month: value.month() + 1,
      day: value.date(),
      hour: value.hour(),
      minute: value.minute(),
    },
    { zone },
  )
    .toUTC()
    .toISO() as string;
