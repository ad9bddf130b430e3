// Each adapter's request, sent over HTTP exactly as the sender will (POST, redirects not followed),
// to a local receiver that checks it the way the platform does.
import {
  startDingTalkReceiver,
  startFeishuReceiver,
  startWebhookReceiver,
  startWeComReceiver,
  type ChannelReceiver,
} from '@veridesk/testing';
import type { ChannelAdapter, ChannelMessage, ChannelTarget } from '../channel-adapter';
import { CHANNEL_ADAPTERS, createWebhookSigningSecret } from '../index';
import { buildChannelMessage, buildTestChannelMessage } from '../../messages';

const message: ChannelMessage = {
  event: 'CASE_OVERDUE',
  title: 'Lotus Trading TH 站点视频认证已逾期',
  markdown:
    '### Lotus Trading TH 站点视频认证已逾期\n\n截止 2026-12-03 10:00 曼谷 (UTC+7) = 11:00 北京 (UTC+8)\n\n[立即处理](https://app.veridesk.test/cases/c1)',
  webhook: {
    type: 'case.overdue',
    timestamp: '2026-12-03T03:00:00.000Z',
    data: { caseId: 'c1', entityName: 'Lotus Trading', site: 'TH' },
  },
};

async function send(
  adapter: ChannelAdapter,
  target: ChannelTarget,
  deliveryId = 'msg_d1',
  now = new Date(),
) {
  const request = adapter.request(target, message, deliveryId, now);
  const response = await fetch(request.url, {
    method: 'POST',
    redirect: 'manual',
    headers: request.headers,
    body: request.body,
  });
  return adapter.judge(response.status, await response.text());
}

describe('adapters against receivers that verify like each platform', () => {
  const receivers: ChannelReceiver[] = [];
  const open = async (receiver: Promise<ChannelReceiver>) => {
    const started = await receiver;
    receivers.push(started);
    return started;
  };
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
  });

  it('DingTalk posts a signed markdown message with the right secret, and is judged failed on a wrong one', async () => {
    const robot = await open(startDingTalkReceiver({ secret: 'SECright' }));
    const good = await send(CHANNEL_ADAPTERS.DINGTALK, { url: robot.url, secret: 'SECright' });
    expect(good).toEqual({ ok: true, status: 200, platformCode: 0, error: null });
    expect(JSON.parse(robot.accepted[0].body)).toEqual({
      msgtype: 'markdown',
      markdown: { title: message.title, text: message.markdown },
    });

    const bad = await send(CHANNEL_ADAPTERS.DINGTALK, { url: robot.url, secret: 'SECwrong' });
    expect(bad).toEqual({
      ok: false,
      status: 200,
      platformCode: 310000,
      error: 'HTTP 200, errcode 310000: sign not match',
    });
    expect(robot.requests.map((request) => request.accepted)).toEqual([true, false]);
  });

  it('WeCom posts with the right key, and is judged failed on a wrong key', async () => {
    const robot = await open(startWeComReceiver({ key: 'right-key' }));
    expect(await send(CHANNEL_ADAPTERS.WECOM, { url: robot.url, secret: null })).toMatchObject({
      ok: true,
      platformCode: 0,
    });
    const wrongUrl = robot.url.replace('right-key', 'wrong-key');
    const bad = await send(CHANNEL_ADAPTERS.WECOM, { url: wrongUrl, secret: null });
    expect(bad).toMatchObject({ ok: false, status: 200, platformCode: 93000 });
    expect(bad.error).toMatch(/^HTTP 200, errcode 93000: invalid webhook url/);
  });

  it('WeCom accepts a message far over 4,096 bytes once the adapter cut it', async () => {
    const robot = await open(startWeComReceiver());
    const long = { ...message, markdown: `${'认证'.repeat(3000)}\n[立即处理](https://x.test/c)` };
    const request = CHANNEL_ADAPTERS.WECOM.request(
      { url: robot.url, secret: null },
      long,
      'd',
      new Date(),
    );
    const response = await fetch(request.url, {
      method: 'POST',
      redirect: 'manual',
      headers: request.headers,
      body: request.body,
    });
    expect(CHANNEL_ADAPTERS.WECOM.judge(response.status, await response.text()).ok).toBe(true);
  });

  it('Feishu posts a signed card with the right secret, and is judged failed on a wrong one', async () => {
    const bot = await open(startFeishuReceiver({ secret: 'right' }));
    expect(await send(CHANNEL_ADAPTERS.FEISHU, { url: bot.url, secret: 'right' })).toEqual({
      ok: true,
      status: 200,
      platformCode: 0,
      error: null,
    });
    const bad = await send(CHANNEL_ADAPTERS.FEISHU, { url: bot.url, secret: 'wrong' });
    expect(bad).toEqual({
      ok: false,
      status: 200,
      platformCode: 19021,
      error:
        'HTTP 200, code 19021: sign match fail or timestamp is not within one hour from current time',
    });
  });

  it('a WEBHOOK signed with the channel secret passes the standardwebhooks verifier; another secret gets 401', async () => {
    const secret = createWebhookSigningSecret();
    const endpoint = await open(startWebhookReceiver({ secret }));
    expect(await send(CHANNEL_ADAPTERS.WEBHOOK, { url: endpoint.url, secret }, 'msg_42')).toEqual({
      ok: true,
      status: 204,
      platformCode: null,
      error: null,
    });
    expect(endpoint.accepted[0].headers['webhook-id']).toBe('msg_42');
    expect(JSON.parse(endpoint.accepted[0].body)).toEqual(message.webhook);

    const other = createWebhookSigningSecret();
    const bad = await send(CHANNEL_ADAPTERS.WEBHOOK, { url: endpoint.url, secret: other });
    expect(bad).toMatchObject({ ok: false, status: 401 });
    expect(bad.error).toMatch(/^HTTP 401/);
  });

  it('a receiver told to fail answers 503 and then the rate-limit code, then accepts again', async () => {
    const robot = await open(startDingTalkReceiver({ secret: null }));
    robot.failNext(1, 'HTTP_503');
    robot.failNext(1, 'RATE_LIMITED');
    const target = { url: robot.url, secret: null };
    expect(await send(CHANNEL_ADAPTERS.DINGTALK, target)).toMatchObject({
      ok: false,
      status: 503,
      error: 'HTTP 503, unexpected answer: Service Unavailable',
    });
    expect(await send(CHANNEL_ADAPTERS.DINGTALK, target)).toMatchObject({
      ok: false,
      platformCode: 130101,
    });
    expect(await send(CHANNEL_ADAPTERS.DINGTALK, target)).toMatchObject({ ok: true });
    expect(robot.requests).toHaveLength(3);
  });

  it('every kind of event, in both locales, is accepted by every platform', async () => {
    const secret = createWebhookSigningSecret();
    const targets: Array<[ChannelAdapter, ChannelTarget]> = [
      [
        CHANNEL_ADAPTERS.DINGTALK,
        { url: (await open(startDingTalkReceiver({ secret: 'SECs' }))).url, secret: 'SECs' },
      ],
      [CHANNEL_ADAPTERS.WECOM, { url: (await open(startWeComReceiver())).url, secret: null }],
      [
        CHANNEL_ADAPTERS.FEISHU,
        { url: (await open(startFeishuReceiver({ secret: 'fs' }))).url, secret: 'fs' },
      ],
      [
        CHANNEL_ADAPTERS.WEBHOOK,
        { url: (await open(startWebhookReceiver({ secret }))).url, secret },
      ],
    ];
    const now = new Date();
    const messages = ['zh-CN', 'en'].flatMap((locale) => [
      buildChannelMessage(
        {
          event: 'CASE_DUE_SOON',
          caseId: 'c1',
          entityId: 'e1',
          entityName: '莲花贸易',
          site: 'VN',
          deadlineAt: now,
        },
        { locale, publicUrl: 'https://app.test', now },
      ),
      buildChannelMessage(
        {
          event: 'DAILY_DIGEST',
          date: '2026-12-03',
          agencyName: 'Acme',
          counts: { deadlines: 1, appointments: 2, failures: 0, expiring: 3, restricted: 1 },
        },
        { locale, publicUrl: 'https://app.test', now },
      ),
      buildTestChannelMessage({
        locale,
        publicUrl: 'https://app.test',
        now,
        channelName: '运营群',
        event: 'CASE_OPENED',
      }),
    ]);
    for (const [adapter, target] of targets)
      for (const [index, built] of messages.entries()) {
        const request = adapter.request(target, built, `msg_${index}`, now);
        const response = await fetch(request.url, {
          method: 'POST',
          redirect: 'manual',
          headers: request.headers,
          body: request.body,
        });
        expect({
          kind: adapter.kind,
          index,
          verdict: adapter.judge(response.status, await response.text()).ok,
        }).toEqual({ kind: adapter.kind, index, verdict: true });
      }
    expect(receivers.map((receiver) => receiver.accepted.length)).toEqual([6, 6, 6, 6]);
  });

  it('DingTalk and Feishu refuse a correctly signed request whose timestamp is over an hour old', async () => {
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const dingtalk = await open(startDingTalkReceiver({ secret: 'SECs' }));
    expect(
      await send(
        CHANNEL_ADAPTERS.DINGTALK,
        { url: dingtalk.url, secret: 'SECs' },
        'd',
        twoHoursAgo,
      ),
    ).toMatchObject({ ok: false, platformCode: 310000 });
    const feishu = await open(startFeishuReceiver({ secret: 'fs' }));
    expect(
      await send(CHANNEL_ADAPTERS.FEISHU, { url: feishu.url, secret: 'fs' }, 'd', twoHoursAgo),
    ).toMatchObject({ ok: false, platformCode: 19021 });
  });
});
