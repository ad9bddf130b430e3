// docs/integrators.md, "Webhooks and group robots", cannot drift from the code: every payload example
// there is built here with buildChannelMessage and the adapters from fixed facts and a fixed instant,
// and compared with the doc's block under its `<!-- example: … -->` marker; the verification code
// under `<!-- tested: … -->` markers is run against requests the WEBHOOK adapter signed.
// After a deliberate change of a body: UPDATE_INTEGRATORS_DOC=1 npx jest -c apps/api/jest.unit.config.cts
// integrators-doc, then `npx prettier --write docs/integrators.md`, and read the diff.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { maskChannelTarget } from '@veridesk/domain';
import {
  CHANNEL_ADAPTERS,
  CHANNEL_EVENTS,
  type ChannelEvent,
  type ChannelMessage,
} from '../../adapters';
import { postChannelRequest } from '../../services/channel-http';
import {
  buildChannelMessage,
  buildTestChannelMessage,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_TEST_TYPE,
  type ChannelEventFacts,
} from '../index';

const ROOT = resolve(__dirname, '../../../../../../..');
const DOC = join(ROOT, 'docs/integrators.md');

const publicUrl = 'https://veridesk.example.com';
const entity = {
  entityId: '5b0f3a52-8c1e-4d7a-9f2b-3e6c1d4a7b90',
  entityName: '深圳市蓝海贸易有限公司',
};
const caseId = 'c2e4a6b8-1d3f-4a5c-8e7b-9f0a1b2c3d4e';
const documentId = 'd7f1e2c3-4b5a-4697-8a1b-2c3d4e5f6a7b';
const FACTS: Record<ChannelEvent, { facts: ChannelEventFacts; at: string }> = {
  CASE_OPENED: {
    facts: {
      event: 'CASE_OPENED',
      caseId,
      ...entity,
      site: 'TH',
      deadlineAt: new Date('2026-12-04T03:00:00.000Z'),
    },
    at: '2026-12-02T02:00:00.000Z',
  },
  CASE_DUE_SOON: {
    facts: {
      event: 'CASE_DUE_SOON',
      caseId,
      ...entity,
      site: 'TH',
      deadlineAt: new Date('2026-12-04T03:00:00.000Z'),
    },
    at: '2026-12-03T03:00:00.000Z',
  },
  CASE_OVERDUE: {
    facts: {
      event: 'CASE_OVERDUE',
      caseId,
      ...entity,
      site: 'TH',
      deadlineAt: new Date('2026-12-04T03:00:00.000Z'),
    },
    at: '2026-12-04T03:00:00.000Z',
  },
  APPOINTMENT_BOOKED: {
    facts: {
      event: 'APPOINTMENT_BOOKED',
      caseId,
      ...entity,
      site: 'TH',
      startsAt: new Date('2026-12-03T02:30:00.000Z'),
    },
    at: '2026-12-02T06:15:00.000Z',
  },
  ATTEMPT_FAILED: {
    facts: {
      event: 'ATTEMPT_FAILED',
      caseId,
      attemptId: 'a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d',
      ...entity,
      site: 'TH',
      occurredAt: new Date('2026-12-03T02:30:00.000Z'),
      outcome: 'FAILED',
      reasons: ['DOCUMENT_BLURRY', 'AUDIO_UNCLEAR'],
    },
    at: '2026-12-03T02:52:00.000Z',
  },
  CASE_PASSED: {
    facts: {
      event: 'CASE_PASSED',
      caseId,
      ...entity,
      site: 'TH',
      passedAt: new Date('2026-12-03T02:45:00.000Z'),
    },
    at: '2026-12-03T02:50:00.000Z',
  },
  STORE_RESTRICTED: {
    facts: {
      event: 'STORE_RESTRICTED',
      storeId: 'e1d2c3b4-a5f6-4e7d-8c9b-0a1f2e3d4c5b',
      ...entity,
      storeName: 'Lanhai Home TH',
      site: 'TH',
      status: 'FROZEN',
      modules: ['ORDERS', 'FINANCE'],
      freezeUntil: new Date('2026-12-06T03:00:00.000Z'),
    },
    at: '2026-12-03T03:00:00.000Z',
  },
  DOCUMENT_EXPIRING: {
    facts: {
      event: 'DOCUMENT_EXPIRING',
      documentId,
      ...entity,
      documentType: 'BUSINESS_LICENSE',
      expiresOn: '2026-12-31',
      daysLeft: 29,
      stores: ['Lanhai Home TH', 'Lanhai Home MY'],
    },
    at: '2026-12-02T00:00:00.000Z',
  },
  DOCUMENT_EXPIRED: {
    facts: {
      event: 'DOCUMENT_EXPIRED',
      documentId,
      ...entity,
      documentType: 'BUSINESS_LICENSE',
      expiresOn: '2026-12-01',
      daysLeft: -1,
      stores: ['Lanhai Home TH', 'Lanhai Home MY'],
    },
    at: '2026-12-02T00:00:00.000Z',
  },
  DOCUMENT_SUBMITTED: {
    facts: {
      event: 'DOCUMENT_SUBMITTED',
      documentId,
      ...entity,
      documentType: 'TRADEMARK_CERTIFICATE',
      submittedAt: new Date('2026-12-02T07:20:00.000Z'),
    },
    at: '2026-12-02T07:20:00.000Z',
  },
  DAILY_DIGEST: {
    facts: {
      event: 'DAILY_DIGEST',
      date: '2026-12-02',
      agencyName: '蓝海跨境服务',
      counts: { deadlines: 2, appointments: 1, failures: 1, expiring: 3, restricted: 1 },
    },
    at: '2026-12-02T00:00:00.000Z',
  },
};

const eventMessage = (event: ChannelEvent, locale: string | null = null): ChannelMessage =>
  buildChannelMessage(FACTS[event].facts, { publicUrl, locale, now: new Date(FACTS[event].at) });
const testMessage = buildTestChannelMessage({
  publicUrl,
  now: new Date('2026-12-02T02:00:00.000Z'),
  channelName: 'ERP 对接',
  event: 'CASE_OPENED',
});

/** The documented example secret and request: integrators may check their verifier against them. */
const EXAMPLE_SECRET = `whsec_${Buffer.from('veridesk-docs-example-secret-32b').toString('base64')}`;
const EXAMPLE_URL = 'https://erp.example.com/hooks/veridesk?tenant=lanhai';
const EXAMPLE_DELIVERY_ID = '7d1c2f4e-6b1a-4c59-9a3e-2f6d8b0c1a57';
const EXAMPLE_SENT_AT = new Date('2026-12-02T02:00:03.000Z');
const exampleRequest = CHANNEL_ADAPTERS.WEBHOOK.request(
  { url: EXAMPLE_URL, secret: EXAMPLE_SECRET },
  eventMessage('CASE_OPENED'),
  EXAMPLE_DELIVERY_ID,
  EXAMPLE_SENT_AT,
);
const dingTalkRequest = CHANNEL_ADAPTERS.DINGTALK.request(
  {
    url: 'https://oapi.dingtalk.com/robot/send?access_token=0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    secret: 'SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd',
  },
  eventMessage('CASE_OPENED'),
  EXAMPLE_DELIVERY_ID,
  EXAMPLE_SENT_AT,
);

type Example = { lang: 'json' | 'text' | 'http'; text: string };
const json = (value: unknown): Example => ({ lang: 'json', text: JSON.stringify(value, null, 2) });
const requestText = (request: { url: string; headers: Record<string, string> }) =>
  [`POST ${request.url}`, ...Object.entries(request.headers).map(([k, v]) => `${k}: ${v}`)].join(
    '\n',
  );

const EXAMPLES: Record<string, Example> = {
  ...Object.fromEntries(
    CHANNEL_EVENTS.map((event) => [
      `webhook ${WEBHOOK_EVENT_TYPES[event]}`,
      json(eventMessage(event).webhook),
    ]),
  ),
  [`webhook ${WEBHOOK_TEST_TYPE}`]: json(testMessage.webhook),
  'webhook request': {
    lang: 'http',
    text: `${requestText(exampleRequest)}\n\n${exampleRequest.body}`,
  },
  'dingtalk request': { lang: 'text', text: requestText(dingTalkRequest) },
  'dingtalk body': json(JSON.parse(dingTalkRequest.body)),
  'dingtalk card': { lang: 'text', text: eventMessage('CASE_OPENED').markdown },
  'dingtalk card en': { lang: 'text', text: eventMessage('CASE_OPENED', 'en').markdown },
};

const BLOCK = /<!-- (example|tested): ([^>]+?) -->\n+```(\w+)\n([\s\S]*?)\n```/g;
type Block = { kind: 'example' | 'tested'; name: string; lang: string; text: string };
const blocks = (doc: string): Block[] =>
  [...doc.matchAll(BLOCK)].map(([, kind, name, lang, text]) => ({
    kind: kind as Block['kind'],
    name,
    lang,
    text,
  }));

/** JSON compared as the bytes it stands for (key order included), whatever its indentation. */
const same = (example: Example, written: string) =>
  example.lang === 'json'
    ? JSON.stringify(JSON.parse(written)) === JSON.stringify(JSON.parse(example.text))
    : written === example.text;

if (process.env.UPDATE_INTEGRATORS_DOC) {
  const doc = readFileSync(DOC, 'utf8').replace(BLOCK, (whole, kind, name: string, lang, text) => {
    const example = kind === 'example' ? EXAMPLES[name] : undefined;
    if (!example || same(example, text)) return whole;
    return `<!-- example: ${name} -->\n\n\`\`\`${example.lang}\n${example.text}\n\`\`\``;
  });
  writeFileSync(DOC, doc);
}

const doc = readFileSync(DOC, 'utf8');
const tested = (name: string) => {
  const found = blocks(doc).filter((block) => block.kind === 'tested' && block.name === name);
  if (found.length !== 1) throw new Error(`docs/integrators.md: ${found.length} blocks "${name}"`);
  return found[0].text;
};

describe('docs/integrators.md, Webhooks and group robots', () => {
  it('shows every example exactly as the builder and the adapters make it, each once', () => {
    const examples = blocks(doc).filter((block) => block.kind === 'example');
    expect(examples.map((block) => block.name).sort()).toEqual(Object.keys(EXAMPLES).sort());
    for (const block of examples) {
      const example = EXAMPLES[block.name];
      expect({ name: block.name, lang: block.lang }).toEqual({
        name: block.name,
        lang: example.lang,
      });
      if (!same(example, block.text)) {
        // Shows the difference; run with UPDATE_INTEGRATORS_DOC=1 after a deliberate change.
        expect({ name: block.name, text: block.text }).toEqual({
          name: block.name,
          text: example.text,
        });
      }
    }
  });

  it('explains every data field a body can carry, and no other', () => {
    const table = /<!-- fields -->\n+([\s\S]*?)\n\n/.exec(doc);
    expect(table).not.toBeNull();
    const documented = [...table![1].matchAll(/^\| `(\w+)`/gm)].map((match) => match[1]);
    const carried = new Set<string>();
    for (const event of CHANNEL_EVENTS) {
      Object.keys(eventMessage(event).webhook.data).forEach((key) => carried.add(key));
    }
    Object.keys(testMessage.webhook.data).forEach((key) => carried.add(key));
    expect([...documented].sort()).toEqual([...carried].sort());
  });

  it('names the example secret and instant the example request was signed with', () => {
    expect(doc).toContain(`\`${EXAMPLE_SECRET}\``);
    expect(doc).toContain(
      `with your clock at ${EXAMPLE_SENT_AT.toISOString().replace('.000', '')}`,
    );
  });

  it('shows a target hint as the API masks it', () => {
    expect(doc).toContain(`"targetHint": "${maskChannelTarget('WEBHOOK', EXAMPLE_URL)}"`);
  });

  describe('verifying without a library (node:crypto)', () => {
    type Verify = (secret: string, body: string, headers: Record<string, string>) => unknown;
    const verify = new Function(
      'require',
      `${tested('node crypto')}\nreturn verifyVeriDeskWebhook;`,
    )(require) as Verify;
    const secret = `whsec_${Buffer.from('another-32-byte-secret-for-tests').toString('base64')}`;
    const signed = (sentAt = new Date()) =>
      CHANNEL_ADAPTERS.WEBHOOK.request(
        { url: 'https://erp.example.com/', secret },
        eventMessage('ATTEMPT_FAILED'),
        'delivery-1',
        sentAt,
      );
    afterEach(() => jest.restoreAllMocks());

    it('accepts the documented example request with the documented secret at its time', () => {
      jest.spyOn(Date, 'now').mockReturnValue(EXAMPLE_SENT_AT.getTime() + 60_000);
      expect(verify(EXAMPLE_SECRET, exampleRequest.body, exampleRequest.headers)).toEqual(
        eventMessage('CASE_OPENED').webhook,
      );
    });

    it('accepts a body the adapter signed, also among other signatures, and returns the event', () => {
      const request = signed();
      expect(verify(secret, request.body, request.headers)).toEqual(
        eventMessage('ATTEMPT_FAILED').webhook,
      );
      const several = {
        ...request.headers,
        'webhook-signature': `v1,${Buffer.alloc(32).toString('base64')} v2,x ${request.headers['webhook-signature']}`,
      };
      expect(verify(secret, request.body, several)).toEqual(eventMessage('ATTEMPT_FAILED').webhook);
      const otherVersion = request.headers['webhook-signature'].replace(/^v1,/, 'v1a,');
      expect(() =>
        verify(secret, request.body, { ...request.headers, 'webhook-signature': otherVersion }),
      ).toThrow();
    });

    it('refuses a re-serialised or altered body, another secret, and a timestamp over 5 minutes off', () => {
      const request = signed();
      const reserialised = JSON.stringify(JSON.parse(request.body), null, 2);
      expect(() => verify(secret, reserialised, request.headers)).toThrow();
      expect(() =>
        verify(secret, request.body.replace('FAILED', 'PASSED'), request.headers),
      ).toThrow();
      expect(() => verify(EXAMPLE_SECRET, request.body, request.headers)).toThrow();
      const unsigned = { ...request.headers };
      delete unsigned['webhook-signature'];
      expect(() => verify(secret, request.body, unsigned)).toThrow();

      const fourMinutesAgo = signed(new Date(Date.now() - 4 * 60_000));
      expect(verify(secret, fourMinutesAgo.body, fourMinutesAgo.headers)).toBeTruthy();
      const sixMinutesAgo = signed(new Date(Date.now() - 6 * 60_000));
      expect(() => verify(secret, sixMinutesAgo.body, sixMinutesAgo.headers)).toThrow();
    });
  });

  describe('the standardwebhooks receiver, run as written', () => {
    let directory: string;
    let child: ChildProcess | undefined;
    let output = '';
    afterEach(async () => {
      if (child && child.exitCode === null) {
        const exited = new Promise((done) => child!.once('exit', done));
        child.kill();
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    });

    const until = async (check: () => boolean, what: string) => {
      const deadline = Date.now() + 10_000;
      while (!check()) {
        if (Date.now() > deadline)
          throw new Error(`timed out waiting for ${what}; output: ${output}`);
        await new Promise((done) => setTimeout(done, 20));
      }
    };

    async function start(secret: string): Promise<string> {
      directory = mkdtempSync(join(tmpdir(), 'veridesk-receiver-'));
      const file = join(directory, 'receiver.cjs');
      writeFileSync(file, tested('node standardwebhooks'));
      output = '';
      child = spawn(process.execPath, [file], {
        env: {
          PATH: process.env.PATH,
          NODE_PATH: join(ROOT, 'node_modules'),
          PORT: '0',
          VERIDESK_WEBHOOK_SECRET: secret,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      await until(() => /listening on port \d+/.test(output), 'the receiver to listen');
      return `http://127.0.0.1:${/listening on port (\d+)/.exec(output)![1]}/veridesk`;
    }

    /** One attempt exactly as the sender makes it: the WEBHOOK adapter's request over HTTP. */
    async function send(url: string, secret: string, message: ChannelMessage, deliveryId: string) {
      const request = CHANNEL_ADAPTERS.WEBHOOK.request(
        { url, secret },
        message,
        deliveryId,
        new Date(),
      );
      const answer = await postChannelRequest(request, {
        url: new URL(url),
        address: null,
        family: null,
      });
      return CHANNEL_ADAPTERS.WEBHOOK.judge(answer.status, answer.body);
    }

    it('accepts signed deliveries, handles a retried one once, and answers 401 to a wrong signature', async () => {
      const secret = `whsec_${Buffer.from('receiver-secret-0123456789abcdef').toString('base64')}`;
      const url = await start(secret);
      const opened = eventMessage('CASE_OPENED');
      expect(await send(url, secret, opened, 'delivery-a')).toMatchObject({
        ok: true,
        status: 204,
      });
      // A retry or a redelivery: the same webhook-id, signed afresh.
      expect(await send(url, secret, opened, 'delivery-a')).toMatchObject({
        ok: true,
        status: 204,
      });
      expect(await send(url, secret, testMessage, 'delivery-b')).toMatchObject({ ok: true });
      await until(() => output.includes('delivery-b'), 'the second delivery');
      const handled = output.split('\n').filter((line) => line.startsWith('handled '));
      expect(handled).toEqual([
        'handled case.opened delivery-a',
        'handled channel.test delivery-b',
      ]);

      const other = `whsec_${Buffer.from('some-other-secret-0123456789abcd').toString('base64')}`;
      expect(await send(url, other, opened, 'delivery-c')).toMatchObject({
        ok: false,
        status: 401,
      });
      expect(output).not.toContain('delivery-c');
    }, 20_000);
  });
});
