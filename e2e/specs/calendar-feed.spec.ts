import { expect, type Page, test } from '@playwright/test';
import { signIn } from '../support/demo';

// Issue 14's calendar feed: Settings → 日历订阅 shows the member's secret URL; a calendar app (here
// the test's request context) reads it; 重置链接 revokes it at once.
const SCREENS = 'e2e/artifacts/screens';

const linkCard = (page: Page) =>
  page
    .locator('.ant-card')
    .filter({ has: page.locator('.ant-card-head-title', { hasText: '您的订阅链接' }) });

test('calendar feed: copy the link, a calendar reads it, reset makes the old link 404', async ({
  page,
  context,
  request,
}) => {
  // A shared 2-core machine under load: sign-in, two page loads and three feed fetches.
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page);
  await page.goto('/settings/calendar');
  // Its entry in the settings menu, beside 个人资料.
  await expect(page.getByRole('menuitem', { name: '日历订阅' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '日历订阅' })).toBeVisible();

  const card = linkCard(page);
  const https = card.getByRole('textbox', { name: '订阅链接（https）' });
  const webcal = card.getByRole('textbox', { name: /^webcal 链接/ });
  await expect(https).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const url = await https.inputValue();
  await expect(webcal).toHaveValue(url.replace(/^https?:\/\//, 'webcal://'));

  await card.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByText('已复制到剪贴板')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // How to subscribe, app by app.
  for (const app of ['Outlook', '苹果日历', 'Google 日历', '钉钉日历', '飞书日历'])
    await expect(page.getByRole('tab', { name: app })).toBeVisible();
  await page.getByRole('tab', { name: '钉钉日历' }).click();
  await expect(page.getByText('打开钉钉电脑端')).toBeVisible();

  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/calendar-feed-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SCREENS}/calendar-feed-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  const feed = await request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const text = await feed.text();
  expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(text).toContain('X-WR-CALNAME:VeriDesk 认证日历');

  await card.getByRole('button', { name: '重置链接' }).click();
  await expect(page.getByText('旧链接会立即失效')).toBeVisible();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /^重\s?置$/ })
    .click();
  await expect(page.getByText('已生成新链接，旧链接已失效')).toBeVisible();
  await expect(https).not.toHaveValue(url);
  const rotated = await https.inputValue();

  expect((await request.get(url)).status()).toBe(404);
  expect((await request.get(rotated)).status()).toBe(200);
});
