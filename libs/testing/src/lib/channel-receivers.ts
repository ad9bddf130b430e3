// Local stand-ins for the four platforms a channel posts to, on 127.0.0.1 and a random port. Each
// checks a request the way its platform documents it — not with the adapters' code — answers like
// the platform (HTTP 200 with a non-zero errcode/code on a bad signature or a wrong key), and keeps
// every request for assertions. RULES.md, "Channels".
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type ReceiverKind = 'DINGTALK' | 'WECOM' | 'FEISHU' | 'WEBHOOK';

export type ReceivedRequest = {
  method: string;
  /** Path and query as received (DingTalk's timestamp and sign ride in the query). */
  url: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as sent. */
  body: string;
  /** True when the platform would have posted the message. */
  accepted: boolean;
  /** Why it was refused (null when accepted). */
  reason: string | null;
  /** What the receiver answered. */
  status: number;
  answer: string;
  receivedAt: Date;
};

/** What the next requests get instead of the normal check (a platform outage or a rate limit). */
export type ReceiverFault = 'HTTP_503' | 'RATE_LIMITED';

type Answer = { status: number; body: unknown; reason: string | null };

export type ReceiverOptions = {
  /** The robot's signing secret (DingTalk, Feishu; WEBHOOK: the whsec_ secret). null: unsigned robot. */
  secret?: string | null;
  /** Milliseconds since the epoch as the platform's clock (default: the real clock). */
  clock?: () => number;
};

const HOUR_MS = 60 * 60 * 1000;

const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const parseJson = (body: string): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/** One platform's receiver: a real HTTP server that records every request it answers. */
export class ChannelReceiver {
  readonly requests: ReceivedRequest[] = [];
  /** The target URL to store on a channel (the credential is in it for DingTalk and WeCom). */
  url = '';
  private faults: ReceiverFault[] = [];
  private rateLimit: { perMinute: number; perSecond?: number } | null = null;
  private holding = false;
  private holdFrom: number | null = null;
  private readonly held: Array<() => void> = [];
  private readonly server: Server;

  constructor(
    readonly kind: ReceiverKind,
    private readonly path: string,
    private readonly check: (req: {
      url: URL;
      headers: IncomingHttpHeaders;
      body: string;
    }) => Answer,
    private readonly faultAnswer: Record<ReceiverFault, Answer>,
  ) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const respond = () => {
          if (dropped) return;
          this.answer(req, res, Buffer.concat(chunks).toString('utf8'));
        };
        let dropped = false;
        if (this.holdFrom !== null && this.requests.length >= this.holdFrom) this.holding = true;
        if (!this.holding) return respond();
        // Held: not answered (nor acted on) until released; a sender that goes away meanwhile
        // leaves nothing posted, as a platform that never finished the request.
        res.on('close', () => {
          if (!res.writableEnded) dropped = true;
        });
        this.held.push(respond);
      });
    });
  }

  private answer(req: IncomingMessage, res: ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const fault = this.faults.shift() ?? (this.overLimit() ? 'RATE_LIMITED' : undefined);
    const answer: Answer = fault
      ? this.faultAnswer[fault]
      : req.method !== 'POST'
        ? { status: 405, body: { error: 'method not allowed' }, reason: 'not a POST' }
        : this.check({ url, headers: req.headers, body });
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    this.requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body,
      accepted: answer.reason === null,
      reason: answer.reason,
      status: answer.status,
      answer: text,
      receivedAt: new Date(),
    });
    res.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(text);
  }

  /** The platform's own limit (set by `limitRate`): a request beyond it is refused as rate limited. */
  private overLimit(): boolean {
    if (!this.rateLimit) return false;
    const now = Date.now();
    const within = (ms: number) =>
      this.requests.filter((request) => request.receivedAt.getTime() > now - ms).length;
    return (
      within(60_000) >= this.rateLimit.perMinute ||
      (this.rateLimit.perSecond !== undefined && within(1_000) >= this.rateLimit.perSecond)
    );
  }

  /** Enforce the platform's documented limit, counting every request received, as platforms do. */
  limitRate(limit: { perMinute: number; perSecond?: number }): this {
    this.rateLimit = limit;
    return this;
  }

  /** From now on requests wait, unanswered, until `release()`. */
  hold(): void {
    this.holding = true;
  }

  /**
   * Answers `count` requests, then holds the ones after (as `hold()`): a burst stopped at a known
   * point however fast its sender is.
   */
  holdAfter(count: number): void {
    this.holdFrom = count;
  }

  /** Answers the held requests (those whose sender is still there) and stops holding. */
  release(): void {
    this.holding = false;
    this.holdFrom = null;
    for (const respond of this.held.splice(0)) respond();
  }

  /** How many requests are waiting for `release()`. */
  get heldCount(): number {
    return this.held.length;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}${this.path}`;
    return this;
  }

  /** The next `count` requests get `fault` (HTTP 503, or the platform's rate-limit answer). */
  failNext(count: number, fault: ReceiverFault = 'HTTP_503'): void {
    for (let i = 0; i < count; i++) this.faults.push(fault);
  }

  /** Requests the platform accepted (would have posted into the group). */
  get accepted(): ReceivedRequest[] {
    return this.requests.filter((request) => request.accepted);
  }

  /** The accepted requests' bodies, parsed. */
  acceptedBodies(): Array<Record<string, unknown>> {
    return this.accepted.map((request) => JSON.parse(request.body) as Record<string, unknown>);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

/**
 * DingTalk's group robot: `POST /robot/send?access_token=…`; a robot with a secret checks
 * `timestamp` (ms, within an hour) and `sign` = base64(HMAC-SHA256(secret, timestamp + "\n" +
 * secret)) and answers 200 `{"errcode":310000,"errmsg":"sign not match"}` otherwise.
 */
export function startDingTalkReceiver(
  options: ReceiverOptions & { accessToken?: string } = {},
): Promise<ChannelReceiver> {
  const token = options.accessToken ?? 'dt-test-token';
  const secret = options.secret === undefined ? 'SECdingtalk-test-secret' : options.secret;
  const clock = options.clock ?? Date.now;
  const refuse = (errcode: number, errmsg: string): Answer => ({
    status: 200,
    body: { errcode, errmsg },
    reason: `errcode ${errcode}: ${errmsg}`,
  });
  return new ChannelReceiver(
    'DINGTALK',
    `/robot/send?access_token=${token}`,
    ({ url, body }) => {
      if (url.pathname !== '/robot/send' || url.searchParams.get('access_token') !== token)
        return refuse(300001, 'token is not exist');
      if (secret) {
        // URLSearchParams decodes the urlencoded sign back to its base64.
        const timestamp = url.searchParams.get('timestamp') ?? '';
        const sign = url.searchParams.get('sign') ?? '';
        if (!/^\d+$/.test(timestamp) || Math.abs(clock() - Number(timestamp)) > HOUR_MS)
          return refuse(310000, 'sign not match');
        const expected = createHmac('sha256', secret)
          .update(`${timestamp}\n${secret}`, 'utf8')
          .digest('base64');
        if (!safeEqual(sign, expected)) return refuse(310000, 'sign not match');
      }
      const message = parseJson(body);
      const markdown = message?.markdown as { title?: unknown; text?: unknown } | undefined;
      if (message?.msgtype !== 'markdown' || typeof markdown?.text !== 'string')
        return refuse(40035, '缺少参数 json');
      return { status: 200, body: { errcode: 0, errmsg: 'ok' }, reason: null };
    },
    {
      HTTP_503: { status: 503, body: 'Service Unavailable', reason: 'HTTP 503' },
      RATE_LIMITED: {
        status: 200,
        body: { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' },
        reason: 'errcode 130101: rate limited',
      },
    },
  ).start();
}

/**
 * WeCom's group robot: `POST /cgi-bin/webhook/send?key=…`; the key is the credential (200
 * `{"errcode":93000}` when wrong); markdown content over 4,096 bytes is refused with 40058.
 */
export function startWeComReceiver(options: { key?: string } = {}): Promise<ChannelReceiver> {
  const key = options.key ?? 'wecom-test-key';
  const refuse = (errcode: number, errmsg: string): Answer => ({
    status: 200,
    body: { errcode, errmsg },
    reason: `errcode ${errcode}: ${errmsg}`,
  });
  return new ChannelReceiver(
    'WECOM',
    `/cgi-bin/webhook/send?key=${key}`,
    ({ url, body }) => {
      if (url.pathname !== '/cgi-bin/webhook/send' || url.searchParams.get('key') !== key)
        return refuse(93000, 'invalid webhook url, hint: [wrong key]');
      const message = parseJson(body);
      const markdown = message?.markdown as { content?: unknown } | undefined;
      if (message?.msgtype !== 'markdown' || typeof markdown?.content !== 'string')
        return refuse(40008, 'invalid message type');
      if (Buffer.byteLength(markdown.content, 'utf8') > 4096)
        return refuse(40058, 'markdown.content exceed max length 4096');
      return { status: 200, body: { errcode: 0, errmsg: 'ok' }, reason: null };
    },
    {
      HTTP_503: { status: 503, body: 'Service Unavailable', reason: 'HTTP 503' },
      RATE_LIMITED: {
        status: 200,
        body: { errcode: 45009, errmsg: 'api freq out of limit' },
        reason: 'errcode 45009: rate limited',
      },
    },
  ).start();
}

/**
 * Feishu's custom bot: `POST /open-apis/bot/v2/hook/…`; a bot with a secret checks the body's
 * `timestamp` (seconds, within an hour) and `sign` = base64(HMAC-SHA256(key = timestamp + "\n" +
 * secret, message = "")), answering 200 `{"code":19021,…}` otherwise.
 */
export function startFeishuReceiver(
  options: ReceiverOptions & { hookId?: string } = {},
): Promise<ChannelReceiver> {
  const hookId = options.hookId ?? 'feishu-test-hook';
  const secret = options.secret === undefined ? 'feishu-test-secret' : options.secret;
  const clock = options.clock ?? Date.now;
  const refuse = (code: number, msg: string): Answer => ({
    status: 200,
    body: { code, data: {}, msg },
    reason: `code ${code}: ${msg}`,
  });
  const badSign = () =>
    refuse(19021, 'sign match fail or timestamp is not within one hour from current time');
  return new ChannelReceiver(
    'FEISHU',
    `/open-apis/bot/v2/hook/${hookId}`,
    ({ url, body }) => {
      if (url.pathname !== `/open-apis/bot/v2/hook/${hookId}`)
        return refuse(19001, 'param invalid: incoming webhook access token invalid');
      const message = parseJson(body);
      if (!message) return refuse(9499, 'Bad Request');
      if (secret) {
        const timestamp = typeof message.timestamp === 'string' ? message.timestamp : '';
        const sign = typeof message.sign === 'string' ? message.sign : '';
        if (!/^\d+$/.test(timestamp) || Math.abs(clock() - Number(timestamp) * 1000) > HOUR_MS)
          return badSign();
        const expected = createHmac('sha256', `${timestamp}\n${secret}`)
          .update('')
          .digest('base64');
        if (!safeEqual(sign, expected)) return badSign();
      }
      if (message.msg_type === 'interactive' ? !message.card : message.msg_type !== 'post')
        return refuse(19002, 'params error, msg_type need');
      return { status: 200, body: { code: 0, data: {}, msg: 'success' }, reason: null };
    },
    {
      HTTP_503: { status: 503, body: 'Service Unavailable', reason: 'HTTP 503' },
      RATE_LIMITED: {
        status: 200,
        body: { code: 11232, data: {}, msg: 'frequency limited psm' },
        reason: 'code 11232: rate limited',
      },
    },
  ).start();
}

/**
 * An integrator's Standard Webhooks endpoint, verifying with the `standardwebhooks` package's
 * `new Webhook(secret).verify(body, headers)` (a third party's reading of the spec, including its
 * 5-minute timestamp tolerance); 401 when it throws, 204 otherwise.
 */
export function startWebhookReceiver(options: { secret: string }): Promise<ChannelReceiver> {
  const verifier = new Webhook(options.secret);
  return new ChannelReceiver(
    'WEBHOOK',
    '/hooks/veridesk',
    ({ headers, body }) => {
      const flat: Record<string, string> = {};
      for (const [name, value] of Object.entries(headers))
        if (typeof value === 'string') flat[name] = value;
      try {
        verifier.verify(body, flat);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { status: 401, body: { error: reason }, reason };
      }
      if (!String(headers['content-type'] ?? '').startsWith('application/json'))
        return { status: 415, body: { error: 'not JSON' }, reason: 'Content-Type not JSON' };
      return { status: 204, body: '', reason: null };
    },
    {
      HTTP_503: { status: 503, body: 'Service Unavailable', reason: 'HTTP 503' },
      RATE_LIMITED: { status: 429, body: { error: 'slow down' }, reason: 'HTTP 429' },
    },
  ).start();
}

/** The receiver of a kind, with its defaults (the WEBHOOK one needs the channel's whsec_ secret). */
export function startReceiver(
  kind: ReceiverKind,
  options: ReceiverOptions = {},
): Promise<ChannelReceiver> {
  switch (kind) {
    case 'DINGTALK':
      return startDingTalkReceiver(options);
    case 'WECOM':
      return startWeComReceiver();
    case 'FEISHU':
      return startFeishuReceiver(options);
    case 'WEBHOOK':
      if (!options.secret) throw new Error('A WEBHOOK receiver needs the channel’s whsec_ secret');
      return startWebhookReceiver({ secret: options.secret });
  }
}

const CREATE_CHANNEL = `mutation CreateChannel($input: CreateNotificationChannelInput!) {
  createNotificationChannel(input: $input) { signingSecret channel { id } } }`;
const POINT_CHANNEL = `mutation PointChannel($id: ID!, $input: UpdateNotificationChannelInput!) {
  updateNotificationChannel(id: $id, input: $input) { id } }`;

/**
 * A WEBHOOK channel connected to a receiver that verifies with its secret: the secret exists only
 * once the channel does, so the channel is created on a placeholder URL, then pointed at the
 * receiver. `input` adds to (or overrides) kind, name, url and events.
 */
export async function connectWebhook(
  client: {
    gql: (
      query: string,
      variables?: Record<string, unknown>,
      options?: { as?: string },
    ) => Promise<{ data?: any; errors?: unknown }>;
  },
  token: string,
  input: Record<string, unknown> = {},
): Promise<{ channelId: string; signingSecret: string; hook: ChannelReceiver }> {
  const created = await client.gql(
    CREATE_CHANNEL,
    {
      input: {
        kind: 'WEBHOOK',
        name: 'ERP',
        url: 'http://127.0.0.1:9/placeholder',
        events: ['CASE_OPENED'],
        ...input,
      },
    },
    { as: token },
  );
  const channel = created.data?.createNotificationChannel;
  if (!channel)
    throw new Error(`createNotificationChannel failed: ${JSON.stringify(created.errors)}`);
  const hook = await startWebhookReceiver({ secret: channel.signingSecret });
  const pointed = await client.gql(
    POINT_CHANNEL,
    { id: channel.channel.id, input: { url: hook.url } },
    { as: token },
  );
  if (!pointed.data?.updateNotificationChannel)
    throw new Error(`updateNotificationChannel failed: ${JSON.stringify(pointed.errors)}`);
  return { channelId: channel.channel.id, signingSecret: channel.signingSecret, hook };
}
