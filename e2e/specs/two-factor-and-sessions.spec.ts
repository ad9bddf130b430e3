import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { generateSync } from 'otplib';
import { signIn } from '../support/demo';

// Issue 17: two-factor sign-in and sessions. A fresh agency's OWNER turns two-factor sign-in on in
// 个人资料 (the secret read from the page, the code computed here by otplib, as an authenticator app
// would), signs out, signs in again with a code on the second step, sees two sessions and ends the
// other one.
const SCREENS = 'e2e/artifacts/screens';
const SIGN_UP = `mutation S($input: SignUpInput!) { signUp(input: $input) { token } }`;

/** The authenticator app's code, `steps` 30-second steps from now. */
const codeFor = (secret: string, steps = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

const card = (page: Page, title: string) =>
  page
    .locator('.ant-card')
    .filter({ has: page.locator('.ant-card-head-title', { hasText: title }) });

test('two-factor sign-in: turn it on, sign in with the code, end the other session', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const email = `twofa.${randomBytes(4).toString('hex')}@example.com`;
  const password = 'correct horse battery';
  // The agency is signed up elsewhere (another browser): that sign-up is the "other" session.
  const signedUp = await request.post('/graphql', {
    data: {
      query: SIGN_UP,
      variables: { input: { agencyName: '两步验证服务商', name: '周杰', email, password } },
    },
    headers: {
      'user-agent':
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148 MicroMessenger/8.0.49',
    },
  });
  expect(signedUp.ok()).toBe(true);

  await signIn(page, email, password);
  await page.goto('/settings/profile');
  const twoFactor = card(page, '两步验证');
  await expect(twoFactor.getByTestId('two-factor-status')).toHaveText('未开启');
  await twoFactor.getByRole('button', { name: '开启两步验证' }).click();
  await expect(twoFactor.getByRole('img', { name: '两步验证二维码' })).toBeVisible();
  const secret = (await twoFactor.getByTestId('two-factor-secret').innerText()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await twoFactor.getByLabel('验证码').fill(codeFor(secret));
  await twoFactor.getByRole('button', { name: '确认开启' }).click();
  const codes = twoFactor.getByTestId('recovery-codes').locator('.ant-list-item');
  await expect(codes).toHaveCount(10);
  await page.screenshot({ path: `${SCREENS}/two-factor-recovery-codes.png`, fullPage: true });
  await twoFactor.getByRole('button', { name: '我已保存' }).click();
  await expect(twoFactor.getByTestId('two-factor-status')).toHaveText('已开启');

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The password, then the code on a second step (the next step's code: the setup used this one).
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('两步验证', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/sign-in-code-step.png`, fullPage: true });
  await page.getByLabel('验证码').fill(codeFor(secret, 1));
  await page.getByRole('button', { name: '验证并登录' }).click();
  await expect(page.getByTestId('agency-name')).toBeVisible();
  await expect(page).not.toHaveURL(/\/sign-in/);

  // Two live sessions: this browser, and the sign-up's (the first browser sign-in was signed out).
  await page.goto('/settings/profile');
  const sessions = card(page, '登录设备');
  const rows = sessions.getByTestId('sign-in-session');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '本设备' })).toHaveCount(1);
  await expect(card(page, '两步验证').getByTestId('two-factor-status')).toHaveText('已开启');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SCREENS}/profile-trust-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  await rows.filter({ hasNotText: '本设备' }).getByRole('button', { name: '退出' }).click();
  await expect(page.getByText('已退出该设备')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('本设备');
});

test('agency settings: export the data, download it, then delete the agency', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const email = `leaving.${randomBytes(4).toString('hex')}@example.com`;
  const password = 'correct horse battery';
  const agencyName = `离开的服务商 ${randomBytes(2).toString('hex')}`;
  const signedUp = await request.post('/graphql', {
    data: { query: SIGN_UP, variables: { input: { agencyName, name: '吴敏', email, password } } },
  });
  expect(signedUp.ok()).toBe(true);
  await signIn(page, email, password);
  await page.goto('/settings/agency');

  // Requiring two-factor sign-in needs it on for oneself first: the switch says so.
  const requirement = page.getByRole('switch', { name: '要求所有者和管理员开启两步验证' });
  await requirement.click();
  await page
    .locator('form')
    .filter({ has: requirement })
    .getByRole('button', { name: '保存' })
    .click();
  await expect(page.getByText('请先为自己开启两步验证')).toBeVisible();

  const exportCard = card(page, '数据导出');
  await exportCard.getByRole('button', { name: '生成导出' }).click();
  await expect(exportCard.getByText('可下载')).toBeVisible({ timeout: 60_000 });
  const href = await exportCard.getByRole('link', { name: '下载' }).getAttribute('href');
  const zip = await request.get(href!);
  expect(zip.status()).toBe(200);
  expect(zip.headers()['content-type']).toBe('application/zip');
  // A ZIP: local file header first.
  expect((await zip.body()).subarray(0, 2).toString('latin1')).toBe('PK');

  const danger = card(page, '危险操作：删除机构');
  const deleteButton = danger.getByRole('button', { name: '永久删除机构' });
  await expect(deleteButton).toBeDisabled();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SCREENS}/agency-export-and-delete-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await danger.getByLabel(/请输入机构名称/).fill(agencyName);
  await deleteButton.click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Gone: the login belonged to no other agency.
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('邮箱或密码不正确。')).toBeVisible();
});
