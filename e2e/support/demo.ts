// What the journeys share about the demo agency that tools/demo.mjs seeds before they run.
export const DEMO = { email: 'demo@veridesk.example.com', password: 'veridesk-demo-2026' };

/** "YYYY-MM-DD" `days` from now on a zone's calendar (the demo agency's is Asia/Shanghai). */
export const calendarDate = (days: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(Date.now() + days * 86_400_000));
