import { randomBytes } from 'node:crypto';
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  type ChannelReceiver,
  startDingTalkReceiver,
  startWebhookReceiver,
  startWeComReceiver,
} from '@veridesk/testing';
import { DEMO, signIn } from '../support/demo';

// Issue #13's dashboard: connect a DingTalk group (a local receiver that checks the signature the
// way DingTalk does), send a test message, read the delivery in the log, redeliver it, and see a
// wrong secret fail with DingTalk's own code. The demo agency is left as it was found.
const SCREENS = 'e2e/artifacts/screens';

const shoot = async (page: Page, target: Locator | Page, name: string) => {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await page.waitForTimeout(400);
  await target.screenshot({
    path: `${SCREENS}/${name}.png`,
    ...('goto' in target ? { fullPage: true } : {}),
  });
};

/** The signed query DingTalk checks: timestamp (ms) and sign, besides the access token. */
const signedQuery = (request: { url: string }) =>
  new URL(request.url, 'http://127.0.0.1').searchParams;

/**
 * The demo agency has overdue cases and documents on a reminder day: a new channel subscribed to
 * them hears of them within seconds (standing conditions reach channels connected later). These
 * journeys' groups listen only for seller submissions, which the demo never makes, so their
 * receivers see the test messages alone.
 */
const listenQuietly = async (drawer: Locator) => {
  await drawer.getByRole('button', { name: '清空' }).click();
  await drawer.getByRole('checkbox', { name: /卖家已提交证照/ }).check();
};

test.describe('notification channels', () => {
  let receiver: ChannelReceiver;
  const token = `e2e${randomBytes(12).toString('hex')}`;
  const secret = `SEC${randomBytes(24).toString('hex')}`;

  test.beforeAll(async () => {
    receiver = await startDingTalkReceiver({ accessToken: token, secret });
  });
  test.afterAll(async () => {
    await receiver?.close();
  });

  test('a DingTalk group: connect, test, read the log, redeliver; a wrong secret fails with 310000', async ({
    page,
  }) => {
    // The longest journey here (connect, test, log, redeliver, edit, test again, a phone's width,
    // delete): 25–55 s on a quiet machine.
    test.setTimeout(120_000);
    const name = `钉钉运营群 ${randomBytes(2).toString('hex')}`;
    await signIn(page);
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('link', { name: '通知渠道' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '通知渠道' })).toBeVisible();

    // The form: DingTalk first, with where to find the URL and the SEC secret in DingTalk.
    await page.getByRole('button', { name: '接入渠道' }).click();
    const drawer = page.getByRole('dialog', { name: '接入通知渠道' });
    await expect(drawer.getByRole('radio', { name: '钉钉' })).toBeChecked();
    const help = drawer.getByTestId('channel-kind-help');
    await expect(help).toContainText('群设置');
    await expect(help).toContainText('「加签」');
    await expect(help).toContainText('SEC');
    // Every event but the daily summary is ticked to start with.
    await expect(drawer.getByRole('checkbox', { name: /认证即将到期/ })).toBeChecked();
    await expect(drawer.getByRole('checkbox', { name: /每日汇总/ })).not.toBeChecked();
    await listenQuietly(drawer);
    await drawer.getByLabel('名称').fill(name);
    // The API's field error lands under the URL field, in Chinese.
    await drawer.getByLabel('钉钉 Webhook 地址').fill('oapi.dingtalk.com/robot/send');
    await drawer.getByRole('button', { name: '创建渠道' }).click();
    await expect(drawer.getByText('不是有效的网址')).toBeVisible();
    await drawer.getByLabel('钉钉 Webhook 地址').fill(receiver.url);
    await drawer.getByLabel('加签密钥').fill(secret);
    await shoot(page, drawer, 'channels-form-dingtalk');
    await drawer.getByRole('button', { name: '创建渠道' }).click();
    await expect(page.getByText(`已接入渠道“${name}”`)).toBeVisible();

    // The list: kind, name, the masked target (never the token), scope and health.
    const row = page.locator('tr.ant-table-row').filter({ hasText: name });
    await expect(row.getByTestId('channel-kind')).toHaveText('钉钉');
    const target = row.getByTestId('channel-target');
    await expect(target).toContainText('/robot/send?access_token=••••');
    await expect(target).toContainText(token.slice(-4));
    await expect(row).not.toContainText(token);
    await expect(page.locator('body')).not.toContainText(secret);
    await expect(row).toContainText('整个机构');
    await expect(row.getByTestId('channel-health')).toContainText('尚无投递');
    await shoot(page, page.locator('.ant-card').filter({ hasText: name }), 'channels-list');

    // The test message: DingTalk's verdict at once, and exactly one correctly signed markdown post.
    await row.getByRole('button', { name: '发送测试消息' }).click();
    const verdict = page.getByRole('dialog', { name: `测试消息 · ${name}` });
    await expect(verdict.getByTestId('channel-test-verdict')).toHaveText('成功');
    await expect(verdict).toContainText('HTTP 200');
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.accepted).toHaveLength(1);
    const [first] = receiver.requests;
    expect(signedQuery(first).get('access_token')).toBe(token);
    expect(signedQuery(first).get('sign')).toBeTruthy();
    const body = JSON.parse(first.body) as { msgtype: string; markdown: { text: string } };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.text).toContain(name);
    expect(first.body).not.toContain(secret);

    // The log: that delivery, SENT with HTTP 200, and the exact body posted.
    await verdict.getByRole('button', { name: '查看投递记录' }).click();
    const log = page.getByRole('dialog', { name: `投递记录 · ${name}` });
    const deliveries = log.locator('tr.ant-table-row');
    await expect(deliveries).toHaveCount(1);
    await expect(deliveries.getByTestId('delivery-status')).toHaveText('已送达');
    await expect(deliveries.getByTestId('delivery-http')).toHaveText('200');
    await expect(row.getByTestId('channel-health')).toContainText('最近投递');
    await deliveries.getByRole('button', { name: /展开行|Expand row/ }).click();
    const payload = log.getByTestId('delivery-payload');
    await expect(payload).toContainText('"msgtype": "markdown"');
    expect(JSON.parse((await payload.textContent()) ?? '')).toEqual(JSON.parse(first.body));
    await shoot(page, log, 'channels-delivery-log');

    // Redelivery: the same body again, accepted, and still one delivery in the log.
    await deliveries.getByRole('button', { name: '重新投递' }).click();
    await expect(page.getByText('已重新投递：成功（HTTP 200）')).toBeVisible();
    expect(receiver.accepted).toHaveLength(2);
    expect(receiver.requests[1].body).toBe(first.body);
    await expect(deliveries).toHaveCount(1);
    await expect(log.locator('tr.ant-table-row td').nth(4)).toHaveText('2');
    await page.keyboard.press('Escape');
    await expect(log).toBeHidden();

    // A wrong secret (the URL left empty keeps the stored one): DingTalk answers 310000.
    await row.getByRole('button', { name: '编辑' }).click();
    const edit = page.getByRole('dialog', { name: `编辑渠道“${name}”` });
    await expect(edit.getByLabel('钉钉 Webhook 地址')).toHaveValue('');
    await expect(edit).toContainText('留空则保持不变');
    await edit.getByLabel('加签密钥').fill(`SEC${randomBytes(24).toString('hex')}`);
    await edit.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(`已保存渠道“${name}”`)).toBeVisible();
    await row.getByRole('button', { name: '发送测试消息' }).click();
    await expect(verdict.getByTestId('channel-test-verdict')).toHaveText('失败');
    await expect(verdict.getByTestId('channel-test-error')).toContainText('310000');
    await expect(verdict.getByTestId('platform-hint')).toContainText('安全校验未通过');
    await shoot(page, verdict, 'channels-test-failed');
    expect(receiver.requests).toHaveLength(3);
    expect(receiver.requests[2].accepted).toBe(false);
    // The token reached the receiver unchanged: only the signature was refused.
    expect(signedQuery(receiver.requests[2]).get('access_token')).toBe(token);
    await verdict.getByRole('button', { name: '完成' }).click();
    await expect(row.getByTestId('channel-health')).toContainText('连续失败 1 次');

    // A phone's width: nothing cut.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(row).toBeVisible();
    await expect(page.locator('.ant-message-notice')).toHaveCount(0);
    await shoot(page, page, 'channels-390');
    await row.getByRole('button', { name: '编辑' }).click();
    await expect(edit.getByTestId('channel-kind-help')).toBeVisible();
    await shoot(page, page, 'channels-form-390');
    const formOverflow = await edit.evaluate(
      (element) => element.scrollWidth - element.clientWidth,
    );
    expect(formOverflow).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await expect(edit).toBeHidden();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1366, height: 768 });

    // Deleting asks first.
    await row.getByRole('button', { name: '删除' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
    await expect(page.getByText(`已删除渠道“${name}”`)).toBeVisible();
    await expect(row).toHaveCount(0);
  });

  test('a MANAGER connects a WeCom group for their own portfolio; a VIEWER only reads', async ({
    page,
    browser,
  }) => {
    const key = `e2e${randomBytes(12).toString('hex')}`;
    const wecom = await startWeComReceiver({ key });
    const name = `企业微信群 ${randomBytes(2).toString('hex')}`;
    try {
      await signIn(page, 'chen.jing@veridesk.example.com', DEMO.password);
      await page.goto('/settings/channels');
      await expect(page.getByText('把您负责的主体的变化推送到您的工作群')).toBeVisible();

      await page.getByRole('button', { name: '接入渠道' }).click();
      const drawer = page.getByRole('dialog', { name: '接入通知渠道' });
      await drawer.locator('label.ant-radio-button-wrapper', { hasText: '企业微信' }).click();
      await expect(drawer.getByRole('radio', { name: '企业微信' })).toBeChecked();
      await expect(drawer.getByTestId('channel-kind-help')).toContainText('群机器人');
      // WeCom robots take no secret; a manager's scope is shown, not chosen.
      await expect(drawer.getByLabel(/密钥/)).toHaveCount(0);
      await expect(drawer.getByTestId('channel-own-scope')).toHaveText('陈静 负责的主体');
      await drawer.getByLabel('名称').fill(name);
      await drawer.getByLabel('企业微信 Webhook 地址').fill(wecom.url);
      await listenQuietly(drawer);
      await drawer.getByRole('button', { name: '创建渠道' }).click();

      const row = page.locator('tr.ant-table-row').filter({ hasText: name });
      await expect(row).toContainText('陈静 负责的主体');
      await expect(row.getByTestId('channel-target')).toContainText('key=••••');
      await expect(row).not.toContainText(key);
      await row.getByRole('button', { name: '发送测试消息' }).click();
      await expect(page.getByTestId('channel-test-verdict')).toHaveText('成功');
      expect(wecom.accepted).toHaveLength(1);
      await page.getByRole('button', { name: '完成' }).click();

      // The finance viewer sees the channel and its health, and no button to change anything.
      const viewerContext = await browser.newContext();
      const viewerPage = await viewerContext.newPage();
      await signIn(viewerPage, 'finance@veridesk.example.com', DEMO.password);
      await viewerPage.goto('/settings/channels');
      const viewerRow = viewerPage.locator('tr.ant-table-row').filter({ hasText: name });
      await expect(viewerRow.getByTestId('channel-health')).toContainText('已启用');
      await expect(viewerPage.getByRole('button', { name: '接入渠道' })).toHaveCount(0);
      await expect(viewerPage.getByRole('button', { name: '发送测试消息' })).toHaveCount(0);
      await expect(viewerRow.getByRole('switch')).toHaveCount(0);
      await viewerContext.close();

      await row.getByRole('button', { name: '删除' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
      await expect(row).toHaveCount(0);
    } finally {
      await wecom.close();
    }
  });

  test('a webhook: the whsec_ secret shown once verifies the signed test message', async ({
    page,
  }) => {
    const name = `ERP 回调 ${randomBytes(2).toString('hex')}`;
    let endpoint: ChannelReceiver | null = null;
    try {
      await signIn(page);
      await page.goto('/settings/channels');
      await page.getByRole('button', { name: '接入渠道' }).click();
      const drawer = page.getByRole('dialog', { name: '接入通知渠道' });
      await drawer.locator('label.ant-radio-button-wrapper', { hasText: 'Webhook' }).click();
      await expect(drawer.getByTestId('channel-kind-help')).toContainText('Standard Webhooks');
      await expect(drawer.getByLabel(/密钥/)).toHaveCount(0);
      await listenQuietly(drawer);
      await drawer.getByLabel('名称').fill(name);
      // The secret exists only once the channel does: point it anywhere first, at the endpoint after.
      await drawer.getByLabel('接收地址（HTTPS）').fill('http://127.0.0.1:9/hooks/veridesk');
      await drawer.getByRole('button', { name: '创建渠道' }).click();

      const shown = page.getByRole('dialog', { name: 'Webhook 已创建' });
      await expect(shown).toContainText('只显示这一次');
      const secret = await shown.getByLabel('签名密钥').inputValue();
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      await shoot(page, shown, 'channels-webhook-secret');
      await shown.getByRole('button', { name: '我已保存' }).click();
      await expect(page.locator('body')).not.toContainText(secret);

      endpoint = await startWebhookReceiver({ secret });
      const row = page.locator('tr.ant-table-row').filter({ hasText: name });
      await row.getByRole('button', { name: '编辑' }).click();
      const edit = page.getByRole('dialog', { name: `编辑渠道“${name}”` });
      await edit.getByLabel('接收地址（HTTPS）').fill(endpoint.url);
      await edit.getByRole('button', { name: '保存' }).click();
      await expect(page.getByText(`已保存渠道“${name}”`)).toBeVisible();

      await row.getByRole('button', { name: '发送测试消息' }).click();
      await expect(page.getByTestId('channel-test-verdict')).toHaveText('成功');
      await expect(page.getByRole('dialog', { name: `测试消息 · ${name}` })).toContainText(
        'HTTP 204',
      );
      expect(endpoint.accepted).toHaveLength(1);
      await page.getByRole('button', { name: '完成' }).click();

      await row.getByRole('button', { name: '删除' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
      await expect(row).toHaveCount(0);
    } finally {
      await endpoint?.close();
    }
  });
});
