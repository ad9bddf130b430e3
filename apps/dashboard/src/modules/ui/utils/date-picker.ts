import dayjs, { type Dayjs } from 'dayjs';
import { DateTime } from 'luxon';

// antd's DatePicker and TimePicker hold dayjs values: the dashboard converts at this boundary and
// nowhere else. The pickers show wall-clock fields in the browser's zone, while the dashboard means
// them as the wall clock of the viewer's profile zone or a site's zone, which may differ.

/** A calendar date ("YYYY-MM-DD") for a date picker; no date, no value. */
export const dateToPicker = (date: string | null | undefined): Dayjs | null =>
  date ? dayjs(date) : null;

/** A date picker's value as a calendar date ("YYYY-MM-DD"). */
export const pickerToDate = (value: Dayjs): string => value.format('YYYY-MM-DD');

/** A wall-clock time ("10:00") for a time picker. */
export const timeToPicker = (time: string): Dayjs => dayjs(`2000-01-01T${time}`);

/** A time picker's value as a wall-clock time ("HH:mm"). */
export const pickerToTime = (value: Dayjs): string => value.format('HH:mm');

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

/** The picker value showing `instant` on the browser's own clock (the store freeze's picker). */
export const browserInstantToPicker = (instant: string | null | undefined): Dayjs | null =>
  instant ? dayjs(instant) : null;

/** The instant a picker value means on the browser's own clock, as ISO-8601 UTC. */
export const browserPickerToInstant = (value: Dayjs): string => value.toISOString();
