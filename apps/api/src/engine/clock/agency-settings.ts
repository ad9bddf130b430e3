/** What the agency clock needs of the agency: its calendar and its expiry warning window. */
export type AgencyCalendar = { timeZone: string; expiryWarningDays: number };

/**
 * Reads the current agency's calendar settings (inside its tenant transaction). The engine knows
 * no business module: the agency module supplies the implementation (ClockModule.register).
 */
export interface AgencySettingsSource {
  calendar(agencyId: string): Promise<AgencyCalendar>;
}

export const AGENCY_SETTINGS = Symbol('AgencySettingsSource');
