// What the journeys share: the demo agency that tools/demo/demo.ts seeds before they run, signing in,
// and valid identifiers computed by libs/domain's own check characters.
import { expect, type Page } from '@playwright/test';
import { residentIdCheckCharacter, usccCheckCharacter } from '@veridesk/domain';

export const DEMO = { email: 'demo@veridesk.example.com', password: 'veridesk-demo-2026' };

/** "YYYY-MM-DD" `days` from now on a zone's calendar (the demo agency's is Asia/Shanghai). */
export const calendarDate = (days: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(Date.now() + days * 86_400_000));

/** Signs in through the form (the demo owner unless told otherwise) and waits until it has left /sign-in. */
export async function signIn(page: Page, email = DEMO.email, password = DEMO.password) {
  await page.goto('/sign-in');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('agency-name')).toBeVisible();
  // The frame shows as soon as the session exists, a moment before the form's own navigation away
  // from /sign-in: a click in between would be undone by it (seen once as a settings link that
  // landed back on Today).
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** A valid unified social credit code: 91 + region + serial, and its GB 32100-2015 check character. */
export function validUscc(region: string, serial: number): string {
  const body = `91${region}${String(serial).padStart(9, '0')}`.slice(0, 17);
  return body + usccCheckCharacter(body);
}

/** A valid resident ID number: area + birth date + serial, and its GB 11643-1999 check character. */
export function validResidentId(area: string, birth: string, serial: number): string {
  const body = `${area}${birth}${String(serial).padStart(3, '0')}`;
  return body + residentIdCheckCharacter(body);
}
