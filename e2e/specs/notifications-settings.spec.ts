import { expect, type Locator, type Page, test } from '@playwright/test';
import { signIn } from '../support/demo';

// Issue #5's settings: my digest and alerts on the profile, the agency's reminder ladder and the
// queue board on the agency page. Every test puts the demo agency back as it found it.
const SCREENS = 'e2e/artifacts/screens';
const DEFAULT_LADDER = ['90 天', '60 天', '30 天', '14 天', '7 天', '1 天', '过期后 1 天'];

const card = (page: Page, title: string) =>
  page
    .locator('.ant-card')
    .filter({ has: page.locator('.ant-card-head-title', { hasText: title }) });

const shoot = async (page: Page, target: Locator, name: string) => {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.waitForTimeout(400);
  await target.screenshot({ path: `${SCREENS}/${name}.png` });
};

/** The day tags of one document type's row, in order. */
const ladderTags = (row: Locator) => row.getByTestId('ladder-day');

/** Types a day into the row's "add" input and commits it with Enter. */
const addDay = async (row: Locator, day: number) => {
  await row.getByRole('button', { name: /^添加提醒天数/ }).click();
  const input = row.getByRole('spinbutton', { name: /^新的提醒天数/ });
  await input.fill(String(day));
  await input.press('Enter');
};

test('email and alerts: a weekly digest and a muted alert persist; overdue alerts stay on', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/settings/profile');
  await expect(page.getByRole('heading', { level: 1, name: '个人资料' })).toBeVisible();
  const preferences = card(page, '邮件与提醒');

  const digest = preferences.getByRole('switch', { name: '摘要邮件' });
  const weekly = preferences.getByRole('radio', { name: '每周一 08:00' });
  const daily = preferences.getByRole('radio', { name: '每天 08:00' });
  const overdue = preferences.getByRole('checkbox', { name: /认证已逾期/ });
  const restricted = preferences.getByRole('checkbox', { name: /店铺受限/ });
  const dueSoon = preferences.getByRole('checkbox', { name: /认证即将到期/ });

  await expect(digest).toBeChecked();
  await expect(daily).toBeChecked();
  // The API refuses to mute overdue cases: ticked, disabled, and said so.
  await expect(overdue).toBeChecked();
  await expect(overdue).toBeDisabled();
  await expect(preferences.getByText('逾期提醒无法关闭')).toBeVisible();

  await weekly.check();
  await restricted.uncheck();
  await preferences.getByRole('button', { name: '更新提醒设置' }).click();
  await expect(page.getByText('邮件与提醒设置已保存')).toBeVisible();
  await shoot(page, preferences, 'notifications');

  await page.reload();
  await expect(weekly).toBeChecked();
  await expect(restricted).not.toBeChecked();
  await expect(dueSoon).toBeChecked();
  await expect(overdue).toBeChecked();
  await expect(overdue).toBeDisabled();

  // Back to the demo's daily digest with every alert.
  await daily.check();
  await restricted.check();
  await preferences.getByRole('button', { name: '更新提醒设置' }).click();
  await expect(page.getByText('邮件与提醒设置已保存')).toBeVisible();
  await page.reload();
  await expect(daily).toBeChecked();
  await expect(restricted).toBeChecked();
});

test('reminder ladder: 45/15/3 for business licences persists, and "restore default" brings 90…-1 back', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/settings/agency');
  await expect(page.getByRole('heading', { level: 1, name: '机构设置' })).toBeVisible();
  const ladder = card(page, '到期提醒节奏');
  await expect(ladder.getByRole('row')).toHaveCount(11);
  const row = ladder.getByRole('row', { name: /营业执照/ });
  await expect(ladderTags(row)).toHaveText(DEFAULT_LADDER);
  await expect(row.getByText('默认', { exact: true })).toBeVisible();

  // Empty the ladder, then build 45 / 15 / 3 (typed out of order: the tags sort themselves).
  const removes = row.getByRole('button', { name: /^移除/ });
  while ((await removes.count()) > 0) await removes.first().click();
  await expect(row.getByRole('button', { name: '应用' })).toBeDisabled();
  await addDay(row, 15);
  await addDay(row, 45);
  await addDay(row, 3);

  // A day out of range is the API's to refuse (OUT_OF_RANGE), shown in the row.
  await addDay(row, 400);
  await row.getByRole('button', { name: '应用' }).click();
  await expect(row.getByRole('alert')).toHaveText('每个天数须在 -30 到 365 之间');
  await row.getByRole('button', { name: '移除“400 天”（营业执照）' }).click();
  await expect(row.getByRole('alert')).toHaveCount(0);

  await expect(ladderTags(row)).toHaveText(['45 天', '15 天', '3 天']);
  await row.getByRole('button', { name: '应用' }).click();
  await expect(page.getByText('营业执照的提醒节奏已保存')).toBeVisible();
  await expect(row.getByText('已自定义')).toBeVisible();
  await shoot(page, ladder, 'reminder-ladder');

  await page.reload();
  await expect(ladderTags(row)).toHaveText(['45 天', '15 天', '3 天']);
  await expect(row.getByText('已自定义')).toBeVisible();
  // Other document types keep the default.
  await expect(ladderTags(ladder.getByRole('row', { name: /授权书/ }))).toHaveText(DEFAULT_LADDER);

  await row.getByRole('button', { name: '恢复默认' }).click();
  await expect(page.getByText('营业执照已恢复默认提醒节奏')).toBeVisible();
  await expect(ladderTags(row)).toHaveText(DEFAULT_LADDER);
  await page.reload();
  await expect(ladderTags(row)).toHaveText(DEFAULT_LADDER);
  await expect(row.getByText('默认', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: '恢复默认' })).toBeDisabled();
});

test('queue board: an agency other than the operator is told the board is not theirs', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/settings/agency');
  const board = card(page, '队列看板');
  await board.getByRole('button', { name: '打开队列看板' }).click();
  // The e2e server sets no QUEUE_BOARD_AGENCY_ID: FORBIDDEN, shown as a notice, not an error.
  const notice = board.getByRole('alert');
  await expect(notice).toContainText('队列看板仅对运营方机构开放');
  await expect(notice).toContainText('operator agency only');
  await expect(page.locator('.ant-message-error')).toHaveCount(0);
  await shoot(page, board, 'queue-board');
  await expect(page.getByRole('heading', { level: 1, name: '机构设置' })).toBeVisible();
  expect(page.context().pages()).toHaveLength(1);
});
