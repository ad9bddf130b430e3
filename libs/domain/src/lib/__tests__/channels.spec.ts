import {
  canManageChannel,
  CHANNEL_RATE_LIMITS,
  channelRateRoom,
  channelRetryDelayMs,
  channelSendPlan,
  channelUrlProblem,
  maskChannelTarget,
} from '../channels';

describe('channelUrlProblem', () => {
  it.each([
    ['DINGTALK', 'https://oapi.dingtalk.com/robot/send?access_token=abc', null],
    ['DINGTALK', 'https://oapi.dingtalk.com/robot/send?access_token=', 'WRONG_HOST'],
    ['DINGTALK', 'https://evil.example/robot/send?access_token=abc', 'WRONG_HOST'],
    ['WECOM', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', null],
    ['WECOM', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k#x', null],
    ['FEISHU', 'https://open.feishu.cn/open-apis/bot/v2/hook/abc', null],
    ['FEISHU', 'https://open.larksuite.com/open-apis/bot/v2/hook/abc', null],
    ['FEISHU', 'https://open.feishu.cn/open-apis/bot/v2/hook/', 'WRONG_HOST'],
    ['WEBHOOK', 'https://hooks.example.com/x', null],
    ['WEBHOOK', 'http://hooks.example.com/x', 'NOT_HTTPS'],
    ['WEBHOOK', 'https://user:pw@hooks.example.com/x', 'INVALID_URL'],
    ['WEBHOOK', 'file:///etc/passwd', 'INVALID_URL'],
  ] as const)('%s %s → %s', (kind, url, code) => {
    expect(channelUrlProblem(kind, url, false)?.code ?? null).toBe(code);
  });

  it('lifts the host and https rules when private targets are allowed, never the scheme', () => {
    expect(channelUrlProblem('DINGTALK', 'http://127.0.0.1:8080/robot/send', true)).toBeNull();
    expect(channelUrlProblem('WEBHOOK', 'gopher://127.0.0.1/x', true)?.code).toBe('INVALID_URL');
  });
});

describe('maskChannelTarget', () => {
  it.each([
    [
      'DINGTALK',
      'https://oapi.dingtalk.com/robot/send?access_token=9f1c2d3e4b5a3f2a',
      'https://oapi.dingtalk.com/robot/send?access_token=••••3f2a',
    ],
    [
      'WECOM',
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa',
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=••••5aaa',
    ],
    [
      'FEISHU',
      'https://open.feishu.cn/open-apis/bot/v2/hook/2f6c1b9e-1111-2222-3333-44445555abcd',
      'https://open.feishu.cn/open-apis/bot/v2/hook/••••abcd',
    ],
    [
      'WEBHOOK',
      'https://hooks.example.com/services/T000/B000/XXXXXXXXXXXXXXXX?token=abcdefghijkl',
      'https://hooks.example.com/services/T000/B000/••••XXXX?token=••••ijkl',
    ],
    ['WEBHOOK', 'https://hooks.example.com/veridesk', 'https://hooks.example.com/veridesk'],
    [
      'DINGTALK',
      'https://oapi.dingtalk.com/robot/send?access_token=short',
      'https://oapi.dingtalk.com/robot/send?access_token=••••',
    ],
  ] as const)('%s %s → %s', (kind, url, hint) => {
    expect(maskChannelTarget(kind, url)).toBe(hint);
  });
});

describe('canManageChannel', () => {
  const me = 'member-me';
  it.each([
    ['OWNER', null, [null], true],
    ['ADMIN', null, ['member-other'], true],
    ['MANAGER', me, [me], true],
    ['MANAGER', me, [me, me], true],
    ['MANAGER', me, [null], false],
    ['MANAGER', me, ['member-other'], false],
    ['MANAGER', me, [me, null], false],
    ['MANAGER', null, [null], false],
    ['VIEWER', me, [me], false],
  ] as const)('%s (%s) on channels of %j: %s', (role, membershipId, managers, expected) => {
    expect(canManageChannel({ role, membershipId }, [...managers])).toBe(expected);
  });
});

describe('platform limits, retries and merging', () => {
  const now = new Date('2026-12-02T08:00:00.000Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it('counts a DingTalk robot’s last minute: 20 a minute, then waits for the oldest to leave', () => {
    const sends = Array.from({ length: 20 }, (_, n) => ago(50_000 - n * 100));
    expect(channelRateRoom(CHANNEL_RATE_LIMITS.DINGTALK, sends.slice(0, 19), now).free).toBe(1);
    const full = channelRateRoom(CHANNEL_RATE_LIMITS.DINGTALK, sends, now);
    expect(full.free).toBe(0);
    // The oldest went 50 s ago: the window (61 s, a second's margin) frees in 11 s.
    expect(full.waitMs).toBe(11_000);
    // Older than the window: not counted.
    expect(channelRateRoom(CHANNEL_RATE_LIMITS.WECOM, [ago(62_000)], now).free).toBe(20);
  });

  it('holds a Feishu bot to 5 a second as well as 100 a minute; a webhook has no limit', () => {
    const burst = Array.from({ length: 5 }, (_, n) => ago(200 + n));
    expect(channelRateRoom(CHANNEL_RATE_LIMITS.FEISHU, burst, now)).toEqual({
      free: 0,
      waitMs: 1_100 - 204,
    });
    expect(channelRateRoom(CHANNEL_RATE_LIMITS.FEISHU, burst.slice(1), now).free).toBe(1);
    expect(channelRateRoom(CHANNEL_RATE_LIMITS.WEBHOOK, burst, now).free).toBe(Infinity);
  });

  it('sends what fits one by one and merges the rest into the last free message', () => {
    expect(channelSendPlan(30, 20)).toEqual({ single: 19, merged: 11 });
    expect(channelSendPlan(5, 20)).toEqual({ single: 5, merged: 0 });
    expect(channelSendPlan(20, 20)).toEqual({ single: 20, merged: 0 });
    expect(channelSendPlan(3, 1)).toEqual({ single: 0, merged: 3 });
    expect(channelSendPlan(3, 0)).toEqual({ single: 0, merged: 0 });
  });

  it('retries after the base delay, doubling, 8 attempts in all', () => {
    expect([1, 2, 3, 7].map((attempts) => channelRetryDelayMs(attempts, 10_000))).toEqual([
      10_000, 20_000, 40_000, 640_000,
    ]);
    expect(channelRetryDelayMs(8, 10_000)).toBeNull();
  });
});
