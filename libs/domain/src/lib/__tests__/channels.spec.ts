import { canManageChannel, channelUrlProblem, maskChannelTarget } from '../channels';

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
