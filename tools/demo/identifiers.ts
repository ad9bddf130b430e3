import { residentIdCheckCharacter, usccCheckCharacter } from '@veridesk/domain';

/**
 * A valid USCC for a made-up company: "91" (a limited company), the 6-digit region, a 9-digit serial,
 * and libs/domain's GB 32100-2015 check character. Computed, never copied from a real company.
 */
export function uscc(region: string, serial: number): string {
  const first17 = `91${region}${String(serial).padStart(9, '0')}`.slice(0, 17);
  return first17 + usccCheckCharacter(first17);
}

/** A valid resident ID for a made-up person (area, yyyymmdd birth, serial; GB 11643-1999). */
export function residentId(area: string, birth: string, serial: number): string {
  const first17 = `${area}${birth}${String(serial).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}
