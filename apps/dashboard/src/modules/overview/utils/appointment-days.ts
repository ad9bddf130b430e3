import { addDays, dateInZone } from '../../entities/utils/dates';

export type AppointmentDay = 'today' | 'tomorrow';

/** Tells whether an instant falls today or tomorrow on the viewer's own calendar (or neither). */
export const appointmentDayClassifier = (viewerTimeZone: string, now: Date) => {
  const today = dateInZone(now, viewerTimeZone);
  const tomorrow = addDays(today, 1);
  return (startsAt: string): AppointmentDay | null => {
    const day = dateInZone(new Date(startsAt), viewerTimeZone);
    return day === today ? 'today' : day === tomorrow ? 'tomorrow' : null;
  };
};
