// Channels (RULES.md "Channels"): each kind's target rules, who manages which channel, secrets sealed
// and masked (never returned after creation, never logged), and test sends and redeliveries against
// local receivers that verify exactly as each platform does. CHANNELS_ALLOW_PRIVATE_TARGETS is on
// (testConfig), so the channels may point at 127.0.0.1.
import { Writable } from 'node:stream';
import {
  ChannelReceiver,
  startDingTalkReceiver,
  startFeishuReceiver,
  startWeComReceiver,
  startWebhookReceiver,
} from '@veridesk/testing';
import { failure, sql } from '../../support/errors';
import { addMember, signUpAgency, SignedUpAgency } from '../../support/fixtures';
import { ok } from '../../support/portfolio';
import { startTestApi, TestApi } from '../../support/test-api';

const CHANNEL_FIELDS = `id kind name targetHint events locale enabled disabledReason consecutiveFailures lastDeliveryAt createdAt manager { id }`;
const DELIVERY_FIELDS = `id event status attempts responseStatus lastError createdAt sentAt payload`;
const CREATE = `mutation C($input: CreateNotificationChannelInput!) {
  createNotificationChannel(input: $input) { signingSecret channel { ${CHANNEL_FIELDS} } } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateNotificationChannelInput!) {
  updateNotificationChannel(id: $id, input: $input) { ${CHANNEL_FIELDS} } }`;
const DELETE = `mutation D($id: ID!) { deleteNotificationChannel(id: $id) }`;
const TEST = `mutation T($id: ID!) { testNotificationChannel(id: $id) { ${DELIVERY_FIELDS} } }`;
const REDELIVER = `mutation R($id: ID!) { redeliverChannelDelivery(id: $id) { ${DELIVERY_FIELDS} } }`;
const LIST = `{ notificationChannels { ${CHANNEL_FIELDS} deliveries(first: 10) { totalCount edges { cursor node { ${DELIVERY_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`;

const lines: string[] = [];
let api: TestApi;
let owner: SignedUpAgency;
const receivers: ChannelReceiver[] = [];

beforeAll(async () => {
  const capture = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  api = await startTestApi({ LOG_LEVEL: 'trace' }, { logDestination: capture });
  owner = await signUpAgency(api, '渠道测试服务商');
});
afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
  await api?.close();
});

async function receiver<T extends ChannelReceiver>(started: Promise<T>): Promise<T> {
  const value = await started;
  receivers.push(value);
  return value;
}

async function create(input: Record<string, unknown>, as = owner.token) {
  return api.gql(CREATE, { input: { events: ['CASE_OPENED'], name: '运营群', ...input } }, { as });
}

async function channelCount(): Promise<number> {
  const [row] = await sql(
    `SELECT count(*)::int AS n FROM notification_channels WHERE agency_id = $1`,
    [owner.agencyId],
  );
  return row.n;
}

describe('with private targets off (the production rules, checked by the domain at save)', () => {
  let strict: TestApi;
  beforeAll(async () => {
    // The same database and signing key: the same channels, only the setting differs.
    strict = await startTestApi({
      CHANNELS_ALLOW_PRIVATE_TARGETS: 'false',
      AUTH_SECRET: api.config.AUTH_SECRET,
      ID_ENCRYPTION_KEYS: api.config.ID_ENCRYPTION_KEYS,
      ID_HASH_KEY: api.config.ID_HASH_KEY,
    });
  });
  afterAll(() => strict?.close());

  const strictCreate = (input: Record<string, unknown>) =>
    strict.gql(
      CREATE,
      { input: { events: ['CASE_OPENED'], name: '运营群', ...input } },
      { as: owner.token },
    );

  it.each([
    ['DINGTALK', 'https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789', '••••6789'],
    [
      'WECOM',
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa',
      '••••5aaa',
    ],
    ['FEISHU', 'https://open.feishu.cn/open-apis/bot/v2/hook/2f6c1b9e-feishu-hook-id', '••••k-id'],
    [
      'FEISHU',
      'https://open.larksuite.com/open-apis/bot/v2/hook/2f6c1b9e-lark-hook-id',
      '••••k-id',
    ],
  ])(
    'accepts a %s robot on the platform’s own URL and masks its credential',
    async (kind, url, tail) => {
      const result = await strictCreate({ kind, url });
      const created = ok(result, 'createNotificationChannel');
      expect(created.signingSecret).toBeNull();
      expect(created.channel.targetHint).toContain(tail);
      const credential = url.split(/[=/]/).at(-1)!;
      expect(JSON.stringify(result.data)).not.toContain(credential);
    },
  );

  it.each([
    [
      'DINGTALK',
      'https://oapi.dingtalk.com.evil.example/robot/send?access_token=abc',
      'WRONG_HOST',
    ],
    ['DINGTALK', 'http://oapi.dingtalk.com/robot/send?access_token=abc', 'NOT_HTTPS'],
    ['DINGTALK', 'https://oapi.dingtalk.com/robot/send', 'WRONG_HOST'],
    ['WECOM', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send', 'WRONG_HOST'],
    ['WECOM', 'https://oapi.dingtalk.com/robot/send?access_token=abc', 'WRONG_HOST'],
    ['FEISHU', 'https://open.feishu.cn/open-apis/bot/v1/hook/x', 'WRONG_HOST'],
    ['WEBHOOK', 'ftp://example.com/hook', 'INVALID_URL'],
    ['WEBHOOK', 'not a url', 'INVALID_URL'],
    ['WEBHOOK', 'http://93.184.216.34/hook', 'NOT_HTTPS'],
    ['WEBHOOK', 'https://127.0.0.1/hook', 'PRIVATE_ADDRESS'],
    ['WEBHOOK', 'https://10.1.2.3/hook', 'PRIVATE_ADDRESS'],
    ['WEBHOOK', 'https://169.254.169.254/latest/meta-data', 'PRIVATE_ADDRESS'],
    ['WEBHOOK', 'https://[::1]/hook', 'PRIVATE_ADDRESS'],
    ['WEBHOOK', 'https://[::ffff:127.0.0.1]/hook', 'PRIVATE_ADDRESS'],
    ['WEBHOOK', 'https://localhost:8443/hook', 'PRIVATE_ADDRESS'],
    ['WEBHOOK', 'https://100.64.0.1/hook', 'PRIVATE_ADDRESS'],
  ])('refuses a %s target %s on url (%s) and writes nothing', async (kind, url, code) => {
    const before = await channelCount();
    expect(failure(await strictCreate({ kind, url }))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [`url:${code}`],
    });
    expect(await channelCount()).toBe(before);
  });

  it('re-checks the target before every send: a target saved while private targets were allowed is refused once they are not, and nothing reaches it', async () => {
    const hook = await receiver(startWeComReceiver());
    const local = ok(await create({ kind: 'WECOM', url: hook.url }), 'createNotificationChannel');
    const loopback = ok(
      await create({ kind: 'WEBHOOK', url: 'https://localhost:9/hook' }),
      'createNotificationChannel',
    );

    const plain = ok(
      await strict.gql(TEST, { id: local.channel.id }, { as: owner.token }),
      'testNotificationChannel',
    );
    expect(plain).toMatchObject({ status: 'FAILED', attempts: 1, responseStatus: null });
    expect(plain.lastError).toContain('NOT_HTTPS');
    const resolved = ok(
      await strict.gql(TEST, { id: loopback.channel.id }, { as: owner.token }),
      'testNotificationChannel',
    );
    expect(resolved).toMatchObject({ status: 'FAILED', responseStatus: null });
    expect(resolved.lastError).toContain('PRIVATE_ADDRESS');
    expect(hook.requests).toHaveLength(0);

    // The same channel with the setting on reaches the receiver: the refusal was the check's.
    ok(
      await api.gql(TEST, { id: local.channel.id }, { as: owner.token }),
      'testNotificationChannel',
    );
    expect(hook.accepted).toHaveLength(1);
  });
});

describe('creating each kind', () => {
  it('refuses a secret on a WECOM robot, an unknown locale and no events, writing nothing', async () => {
    const before = await channelCount();
    const url = 'http://127.0.0.1:9/cgi-bin/webhook/send?key=k';
    expect(failure(await create({ kind: 'WECOM', url, secret: 's' })).fields).toEqual([
      'secret:NOT_ALLOWED',
    ]);
    expect(failure(await create({ kind: 'WECOM', url, locale: 'fr' })).fields).toEqual([
      'locale:UNSUPPORTED',
    ]);
    expect(failure(await create({ kind: 'WECOM', url, events: [] })).fields).toEqual([
      'events:REQUIRED',
    ]);
    expect(await channelCount()).toBe(before);
  });

  it('stores the defaults (zh-CN, enabled, agency-wide) and lists the agency’s channels to a VIEWER', async () => {
    const created = ok(
      await create({ kind: 'WECOM', url: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=k-viewer' }),
      'createNotificationChannel',
    ).channel;
    expect(created).toMatchObject({
      kind: 'WECOM',
      locale: 'zh-CN',
      enabled: true,
      consecutiveFailures: 0,
      manager: null,
      events: ['CASE_OPENED'],
    });
    const viewer = await addMember(api, owner.token, 'VIEWER');
    const listed = ok(await api.gql(LIST, {}, { as: viewer.token }), 'notificationChannels');
    expect(listed.map((channel: { id: string }) => channel.id)).toContain(created.id);
    const other = await signUpAgency(api, '别家服务商');
    expect(ok(await api.gql(LIST, {}, { as: other.token }), 'notificationChannels')).toEqual([]);
  });
});

describe('roles', () => {
  it('lets a MANAGER create, change, test and delete only channels scoped to themselves; a VIEWER none', async () => {
    const manager = await addMember(api, owner.token, 'MANAGER');
    const viewer = await addMember(api, owner.token, 'VIEWER');
    const members: Array<{ id: string; user: { id: string } }> = ok(
      await api.gql(`{ members { id user { id } } }`, {}, { as: owner.token }),
      'members',
    );
    const memberId = members.find((member) => member.user.id === manager.userId)!.id;
    const url = 'http://127.0.0.1:9/cgi-bin/webhook/send?key=k-roles';
    const before = await channelCount();

    expect(failure(await create({ kind: 'WECOM', url }, manager.token)).code).toBe('FORBIDDEN');
    expect(
      failure(await create({ kind: 'WECOM', url, managerId: memberId }, viewer.token)).code,
    ).toBe('FORBIDDEN');
    expect(await channelCount()).toBe(before);

    const own = ok(
      await create({ kind: 'WECOM', url, managerId: memberId }, manager.token),
      'createNotificationChannel',
    ).channel;
    expect(own.manager).toEqual({ id: memberId });
    expect(
      ok(
        await api.gql(UPDATE, { id: own.id, input: { name: '我的群' } }, { as: manager.token }),
        'updateNotificationChannel',
      ).name,
    ).toBe('我的群');
    // Handing it to the whole agency, or touching the agency's channel, is not theirs to do.
    expect(
      failure(
        await api.gql(UPDATE, { id: own.id, input: { managerId: null } }, { as: manager.token }),
      ).code,
    ).toBe('FORBIDDEN');
    const agencyWide = ok(
      await create({ kind: 'WECOM', url }),
      'createNotificationChannel',
    ).channel;
    for (const [operation, variables] of [
      [UPDATE, { id: agencyWide.id, input: { name: 'x' } }],
      [DELETE, { id: agencyWide.id }],
      [TEST, { id: agencyWide.id }],
    ] as const) {
      expect(failure(await api.gql(operation, variables, { as: manager.token })).code).toBe(
        'FORBIDDEN',
      );
      expect(failure(await api.gql(operation, variables, { as: viewer.token })).code).toBe(
        'FORBIDDEN',
      );
    }
    expect(
      ok(await api.gql(DELETE, { id: own.id }, { as: manager.token }), 'deleteNotificationChannel'),
    ).toBe(true);
    const [row] = await sql(`SELECT count(*)::int AS n FROM notification_channels WHERE id = $1`, [
      own.id,
    ]);
    expect(row.n).toBe(0);
  });
});

describe('test sends and redeliveries against the platforms’ receivers', () => {
  it('sends a DingTalk test message signed with the robot’s secret: SENT, and the exact body kept', async () => {
    const robot = await receiver(startDingTalkReceiver());
    const channel = ok(
      await create({ kind: 'DINGTALK', url: robot.url, secret: 'SECdingtalk-test-secret' }),
      'createNotificationChannel',
    ).channel;
    const delivery = ok(
      await api.gql(TEST, { id: channel.id }, { as: owner.token }),
      'testNotificationChannel',
    );
    expect(delivery).toMatchObject({
      status: 'SENT',
      attempts: 1,
      responseStatus: 200,
      lastError: null,
    });
    expect(delivery.sentAt).not.toBeNull();
    expect(robot.accepted).toHaveLength(1);
    expect(delivery.payload).toBe(robot.accepted[0].body);
    expect(JSON.parse(delivery.payload).msgtype).toBe('markdown');
  });

  it('fails a DingTalk test with a wrong secret with the platform’s code, and counts the failure', async () => {
    const robot = await receiver(startDingTalkReceiver());
    const channel = ok(
      await create({ kind: 'DINGTALK', url: robot.url, secret: 'SECnot-the-robots-secret' }),
      'createNotificationChannel',
    ).channel;
    const delivery = ok(
      await api.gql(TEST, { id: channel.id }, { as: owner.token }),
      'testNotificationChannel',
    );
    expect(delivery).toMatchObject({ status: 'FAILED', attempts: 1, responseStatus: 200 });
    expect(delivery.lastError).toContain('310000');
    const listed = ok(await api.gql(LIST, {}, { as: owner.token }), 'notificationChannels').find(
      (row: { id: string }) => row.id === channel.id,
    );
    expect(listed.consecutiveFailures).toBe(1);
    expect(listed.deliveries.totalCount).toBe(1);
    expect(listed.deliveries.edges[0].node.id).toBe(delivery.id);
  });

  it('sends to a WeCom robot by its key, and fails with the platform’s code on a wrong key', async () => {
    const robot = await receiver(startWeComReceiver());
    const good = ok(
      await create({ kind: 'WECOM', url: robot.url }),
      'createNotificationChannel',
    ).channel;
    expect(
      ok(await api.gql(TEST, { id: good.id }, { as: owner.token }), 'testNotificationChannel')
        .status,
    ).toBe('SENT');
    const wrong = ok(
      await create({ kind: 'WECOM', url: robot.url.replace(/key=.*/, 'key=not-the-key') }),
      'createNotificationChannel',
    ).channel;
    const failed = ok(
      await api.gql(TEST, { id: wrong.id }, { as: owner.token }),
      'testNotificationChannel',
    );
    expect(failed.status).toBe('FAILED');
    expect(failed.lastError).toContain('93000');
  });

  it('signs a Feishu test message, and fails with the platform’s code on a wrong secret', async () => {
    const bot = await receiver(startFeishuReceiver());
    const good = ok(
      await create({ kind: 'FEISHU', url: bot.url, secret: 'feishu-test-secret', locale: 'en' }),
      'createNotificationChannel',
    ).channel;
    const sent = ok(
      await api.gql(TEST, { id: good.id }, { as: owner.token }),
      'testNotificationChannel',
    );
    expect(sent.status).toBe('SENT');
    expect(sent.payload).toContain('VeriDesk test message');
    const wrong = ok(
      await create({ kind: 'FEISHU', url: bot.url, secret: 'not-the-secret' }),
      'createNotificationChannel',
    ).channel;
    const failed = ok(
      await api.gql(TEST, { id: wrong.id }, { as: owner.token }),
      'testNotificationChannel',
    );
    expect(failed.status).toBe('FAILED');
    expect(failed.lastError).toContain('19021');
  });

  it('signs a WEBHOOK with the whsec_ secret shown once; a redelivery sends the same body with the same webhook-id', async () => {
    const created = ok(
      await create({ kind: 'WEBHOOK', url: 'http://127.0.0.1:9/placeholder' }),
      'createNotificationChannel',
    );
    expect(created.signingSecret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const endpoint = await receiver(startWebhookReceiver({ secret: created.signingSecret }));
    ok(
      await api.gql(
        UPDATE,
        { id: created.channel.id, input: { url: endpoint.url } },
        { as: owner.token },
      ),
      'updateNotificationChannel',
    );
    const first = ok(
      await api.gql(TEST, { id: created.channel.id }, { as: owner.token }),
      'testNotificationChannel',
    );
    expect(first).toMatchObject({ status: 'SENT', attempts: 1, responseStatus: 204 });
    const again = ok(
      await api.gql(REDELIVER, { id: first.id }, { as: owner.token }),
      'redeliverChannelDelivery',
    );
    expect(again).toMatchObject({
      id: first.id,
      status: 'SENT',
      attempts: 2,
      payload: first.payload,
    });
    expect(endpoint.accepted).toHaveLength(2);
    expect(endpoint.accepted.map((request) => request.headers['webhook-id'])).toEqual([
      first.id,
      first.id,
    ]);
    expect(endpoint.accepted[1].body).toBe(endpoint.accepted[0].body);
    expect(JSON.parse(first.payload).type).toBe('channel.test');

    // A wrong secret on the endpoint's side: the endpoint refuses the signature.
    const stranger = await receiver(
      startWebhookReceiver({ secret: `whsec_${Buffer.alloc(32, 7).toString('base64')}` }),
    );
    ok(
      await api.gql(
        UPDATE,
        { id: created.channel.id, input: { url: stranger.url } },
        { as: owner.token },
      ),
      'updateNotificationChannel',
    );
    const refused = ok(
      await api.gql(REDELIVER, { id: first.id }, { as: owner.token }),
      'redeliverChannelDelivery',
    );
    expect(refused).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect(refused.responseStatus).toBeGreaterThanOrEqual(400);
  });

  it('disables a channel after 10 failed attempts in a row, and enabling it again resets the count', async () => {
    const channel = ok(
      await create({ kind: 'WECOM', url: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=closed' }),
      'createNotificationChannel',
    ).channel;
    for (let i = 0; i < 10; i++) {
      const delivery = ok(
        await api.gql(TEST, { id: channel.id }, { as: owner.token }),
        'testNotificationChannel',
      );
      expect(delivery.status).toBe('FAILED');
      expect(delivery.lastError).toContain('ECONNREFUSED');
    }
    const listed = ok(await api.gql(LIST, {}, { as: owner.token }), 'notificationChannels').find(
      (row: { id: string }) => row.id === channel.id,
    );
    expect(listed).toMatchObject({ enabled: false, consecutiveFailures: 10 });
    expect(listed.disabledReason).toContain('10');
    const enabled = ok(
      await api.gql(UPDATE, { id: channel.id, input: { enabled: true } }, { as: owner.token }),
      'updateNotificationChannel',
    );
    expect(enabled).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledReason: null });
  });
});

it('never returns or logs a secret: robot secrets, URL tokens and the signing secret', async () => {
  const token = `tok${Date.now()}secretpart`;
  const secret = `SEC${Date.now()}robotsecret`;
  const created = ok(
    await create({
      kind: 'DINGTALK',
      url: `http://127.0.0.1:9/robot/send?access_token=${token}`,
      secret,
    }),
    'createNotificationChannel',
  );
  const webhook = ok(
    await create({ kind: 'WEBHOOK', url: 'http://127.0.0.1:9/hook' }),
    'createNotificationChannel',
  );
  await api.gql(TEST, { id: created.channel.id }, { as: owner.token });
  await api.gql(
    UPDATE,
    { id: created.channel.id, input: { secret: `${secret}2` } },
    { as: owner.token },
  );
  const listed = JSON.stringify(await api.gql(LIST, {}, { as: owner.token }));
  const audit = JSON.stringify(
    await sql(`SELECT changes FROM audit_events WHERE agency_id = $1`, [owner.agencyId]),
  );
  const stored = JSON.stringify(
    await sql(`SELECT * FROM notification_channels WHERE agency_id = $1`, [owner.agencyId]),
  );
  for (const value of [token, secret, webhook.signingSecret.slice(6)]) {
    expect(listed).not.toContain(value);
    expect(audit).not.toContain(value);
    expect(stored).not.toContain(value);
    expect(lines.filter((line) => line.includes(value))).toEqual([]);
  }
  expect(created.channel.targetHint).toBe(`http://127.0.0.1:9/robot/send?access_token=••••part`);
  expect(lines.length).toBeGreaterThan(0);
});
