// Each adapter's request, checked against the platform's documented algorithm computed here with
// WebCrypto (not the adapters' node:crypto code) and, for WEBHOOK, the standardwebhooks package.
import { webcrypto } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { ChannelMessage } from '../channel-adapter';
import { CHANNEL_ADAPTERS, createWebhookSigningSecret, fitWeComContent } from '../index';

const message: ChannelMessage = {
  event: 'CASE_OPENED',
  title: 'Lotus Trading TH 站点需要视频认证',
  markdown:
    '**Lotus Trading TH 站点需要视频认证**\n\n截止 2026-12-03 10:00 曼谷 (UTC+7) = 11:00 北京 (UTC+8)\n\n[打开 VeriDesk](https://app.test/cases/c1)',
  webhook: {
    type: 'case.opened',
    timestamp: '2026-12-02T12:00:00.000Z',
    data: {
      caseId: 'c1',
      entityName: 'Lotus Trading',
      site: 'TH',
      link: 'https://app.test/cases/c1',
    },
  },
};
const now = new Date('2026-12-02T12:00:00.123Z');

async function hmacBase64(key: string | Uint8Array, text: string): Promise<string> {
  const raw = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  const cryptoKey = await webcrypto.subtle.importKey(
    'raw',
    raw,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await webcrypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(text));
  return Buffer.from(mac).toString('base64');
}

describe('DingTalk adapter', () => {
  const url = 'https://oapi.dingtalk.com/robot/send?access_token=abc';

  it('appends the millisecond timestamp and the urlencoded HMAC-SHA256 of timestamp + "\\n" + secret', async () => {
    const request = CHANNEL_ADAPTERS.DINGTALK.request(
      { url, secret: 'SEC000secret' },
      message,
      'd1',
      now,
    );
    const expected = await hmacBase64('SEC000secret', `${now.getTime()}\nSEC000secret`);
    expect(request.url).toBe(
      `${url}&timestamp=${now.getTime()}&sign=${encodeURIComponent(expected)}`,
    );
    // base64 of a 32-byte MAC ends in "=": it must travel encoded.
    expect(request.url).toMatch(/%3D$/);
    expect(JSON.parse(request.body)).toEqual({
      msgtype: 'markdown',
      markdown: { title: message.title, text: message.markdown },
    });
  });

  it('sends an unsigned robot the URL as stored', () => {
    expect(CHANNEL_ADAPTERS.DINGTALK.request({ url, secret: null }, message, 'd1', now).url).toBe(
      url,
    );
  });
});

describe('Feishu adapter', () => {
  const url = 'https://open.feishu.cn/open-apis/bot/v2/hook/xyz';

  it('puts the second timestamp and base64 HMAC-SHA256(key = timestamp + "\\n" + secret, "") in the body', async () => {
    const body = JSON.parse(
      CHANNEL_ADAPTERS.FEISHU.request({ url, secret: 'fs-secret' }, message, 'd1', now).body,
    );
    expect(body.timestamp).toBe(String(Math.floor(now.getTime() / 1000)));
    expect(body.sign).toBe(await hmacBase64(`${body.timestamp}\nfs-secret`, ''));
    expect(body.msg_type).toBe('interactive');
    expect(body.card.header.title.content).toBe(message.title);
    // The header carries the title; the card body starts with what happened and ends with the link.
    expect(body.card.elements[0].content).toBe(
      '截止 2026-12-03 10:00 曼谷 (UTC+7) = 11:00 北京 (UTC+8)\n\n[打开 VeriDesk](https://app.test/cases/c1)',
    );
  });

  it('sends no timestamp or sign for a robot without a secret', () => {
    const body = JSON.parse(
      CHANNEL_ADAPTERS.FEISHU.request({ url, secret: null }, message, 'd1', now).body,
    );
    expect(body).not.toHaveProperty('sign');
    expect(body).not.toHaveProperty('timestamp');
  });
});

describe('WEBHOOK adapter (Standard Webhooks)', () => {
  it('signs so that the standardwebhooks library computes the same signature and verifies it', () => {
    const secret = createWebhookSigningSecret();
    const sentAt = new Date();
    const request = CHANNEL_ADAPTERS.WEBHOOK.request(
      { url: 'https://erp.example.com/hooks', secret },
      message,
      'msg_2a',
      sentAt,
    );
    expect(request.headers['Content-Type']).toBe('application/json');
    expect(request.headers['webhook-id']).toBe('msg_2a');
    expect(request.headers['webhook-timestamp']).toBe(String(Math.floor(sentAt.getTime() / 1000)));
    const library = new Webhook(secret);
    expect(request.headers['webhook-signature']).toBe(
      library.sign('msg_2a', new Date(Math.floor(sentAt.getTime() / 1000) * 1000), request.body),
    );
    expect(library.verify(request.body, request.headers)).toEqual(message.webhook);
    expect(() =>
      new Webhook(createWebhookSigningSecret()).verify(request.body, request.headers),
    ).toThrow();
  });

  it('keeps the same webhook-id on a retry and signs the new timestamp', () => {
    const secret = createWebhookSigningSecret();
    const target = { url: 'https://erp.example.com/hooks', secret };
    const first = CHANNEL_ADAPTERS.WEBHOOK.request(target, message, 'msg_same', new Date());
    const retry = CHANNEL_ADAPTERS.WEBHOOK.request(
      target,
      message,
      'msg_same',
      new Date(Date.now() + 20_000),
    );
    expect(retry.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(retry.body).toBe(first.body);
    expect(retry.headers['webhook-signature']).not.toBe(first.headers['webhook-signature']);
  });

  it('creates whsec_ secrets of 32 random bytes', () => {
    const a = createWebhookSigningSecret();
    const b = createWebhookSigningSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(a).not.toBe(b);
  });
});

describe('WeCom content limit', () => {
  const link = '[打开 VeriDesk](https://app.test/cases/c1)';
  const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it('leaves content of 4,096 bytes or less unchanged', () => {
    const exact = `${'认'.repeat(1300)}${'a'.repeat(4096 - 3900)}`;
    expect(utf8(exact)).toBe(4096);
    expect(fitWeComContent(exact)).toBe(exact);
  });

  it('cuts longer content on a character boundary, marks the cut and keeps the link', () => {
    // 3-byte Chinese and 4-byte emoji (surrogate pairs), so a byte cut would land mid-character.
    const long = `**标题**\n\n${'认证😀'.repeat(800)}\n\n${link}`;
    expect(utf8(long)).toBeGreaterThan(4096);
    const content = fitWeComContent(long);
    expect(utf8(content)).toBeLessThanOrEqual(4096);
    expect(utf8(content)).toBeGreaterThan(4096 - 8);
    expect(content).toMatch(/^\*\*标题\*\*/);
    expect(content.endsWith(`…\n${link}`)).toBe(true);
    expect(content).not.toMatch(loneSurrogate);
    expect(Buffer.from(content, 'utf8').toString('utf8')).toBe(content);
  });

  it('sends the cut content in the markdown body', () => {
    const long = { ...message, markdown: `${'验'.repeat(2000)}\n\n${link}` };
    const body = JSON.parse(
      CHANNEL_ADAPTERS.WECOM.request(
        { url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', secret: null },
        long,
        'd1',
        now,
      ).body,
    );
    expect(body.msgtype).toBe('markdown');
    expect(utf8(body.markdown.content)).toBeLessThanOrEqual(4096);
    expect(body.markdown.content.endsWith(link)).toBe(true);
  });
});

describe('judge', () => {
  it('fails a robot answering HTTP 200 with a non-zero errcode, naming status, code and message', () => {
    expect(
      CHANNEL_ADAPTERS.DINGTALK.judge(200, '{"errcode":310000,"errmsg":"sign not match"}'),
    ).toEqual({
      ok: false,
      status: 200,
      platformCode: 310000,
      error: 'HTTP 200, errcode 310000: sign not match',
    });
    expect(
      CHANNEL_ADAPTERS.WECOM.judge(200, '{"errcode":93000,"errmsg":"invalid webhook url"}'),
    ).toMatchObject({
      ok: false,
      platformCode: 93000,
      error: 'HTTP 200, errcode 93000: invalid webhook url',
    });
    expect(CHANNEL_ADAPTERS.FEISHU.judge(200, '{"code":19021,"msg":"sign match fail"}')).toEqual({
      ok: false,
      status: 200,
      platformCode: 19021,
      error: 'HTTP 200, code 19021: sign match fail',
    });
  });

  it('accepts a robot only on 2xx with code 0', () => {
    expect(CHANNEL_ADAPTERS.DINGTALK.judge(200, '{"errcode":0,"errmsg":"ok"}')).toEqual({
      ok: true,
      status: 200,
      platformCode: 0,
      error: null,
    });
    expect(CHANNEL_ADAPTERS.FEISHU.judge(200, '{"code":0,"msg":"success","data":{}}').ok).toBe(
      true,
    );
    // Feishu's code is `code`, not `errcode`.
    expect(CHANNEL_ADAPTERS.FEISHU.judge(200, '{"errcode":0}').ok).toBe(false);
  });

  it('fails a robot whose 200 is not the platform JSON, without throwing', () => {
    expect(CHANNEL_ADAPTERS.WECOM.judge(200, '<html>gateway</html>')).toEqual({
      ok: false,
      status: 200,
      platformCode: null,
      error: 'HTTP 200, unexpected answer: <html>gateway</html>',
    });
    expect(CHANNEL_ADAPTERS.DINGTALK.judge(200, '')).toMatchObject({
      ok: false,
      error: 'HTTP 200, empty answer',
    });
    expect(CHANNEL_ADAPTERS.DINGTALK.judge(200, '[0]').ok).toBe(false);
    expect(CHANNEL_ADAPTERS.DINGTALK.judge(200, '{"errcode":"0"}').ok).toBe(false);
  });

  it('fails any non-2xx answer naming the status, even with code 0', () => {
    expect(CHANNEL_ADAPTERS.DINGTALK.judge(503, '')).toEqual({
      ok: false,
      status: 503,
      platformCode: null,
      error: 'HTTP 503',
    });
    expect(CHANNEL_ADAPTERS.FEISHU.judge(500, '{"code":0}')).toMatchObject({
      ok: false,
      error: 'HTTP 500, code 0',
    });
    expect(CHANNEL_ADAPTERS.WEBHOOK.judge(410, 'gone')).toEqual({
      ok: false,
      status: 410,
      platformCode: null,
      error: 'HTTP 410: gone',
    });
  });

  it('accepts any 2xx from a WEBHOOK endpoint whatever its body', () => {
    expect(CHANNEL_ADAPTERS.WEBHOOK.judge(204, '').ok).toBe(true);
    expect(CHANNEL_ADAPTERS.WEBHOOK.judge(200, '{"errcode":1}').ok).toBe(true);
  });
});
