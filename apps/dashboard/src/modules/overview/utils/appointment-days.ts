import { addDaysToDate, dateIn } from '../../ui/utils/dates';

export type AppointmentDay = 'today' | 'tomorrow';

/** Tells whether an instant falls today or tomorrow on the viewer's own calendar (or neither). */
export const appointmentDayClassifier = (viewerTimeZone: string, now: Date) => {
  const today = dateIn(now, viewerTimeZone);
  const tomorrow = addDaysToDate(today, 1);
  return (startsAt: string): AppointmentDay | null => {
    const day = dateIn(new Date(startsAt), viewerTimeZone);
    return day === today ? 'today' : day === tomorrow ? 'tomorrow' : null;
  };
};
