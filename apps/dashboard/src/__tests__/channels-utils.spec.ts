import type { NotificationChannelFieldsFragment } from '../generated/graphql';
import {
  deliveryStatusKey,
  platformHint,
  readablePayload,
} from '../modules/channels/utils/channel-deliveries';
import {
  CHANNEL_EVENTS,
  DEFAULT_CHANNEL_EVENTS,
  orderedEvents,
} from '../modules/channels/utils/channel-events';
import {
  AGENCY_SCOPE,
  type ChannelFormValues,
  editChannelValues,
  newChannelValues,
  toCreateInput,
  toUpdateInput,
} from '../modules/channels/utils/channel-form';
import { kindTakesSecret, looksLikeDingTalkSecret } from '../modules/channels/utils/channel-kinds';

const channel: NotificationChannelFieldsFragment = {
  id: 'c1',
  kind: 'DINGTALK',
  name: '深圳运营群',
  targetHint: 'https://oapi.dingtalk.com/robot/send?access_token=••••abcd',
  events: ['DOCUMENT_EXPIRED', 'CASE_OPENED'],
  locale: 'zh-CN',
  manager: { id: 'm7', user: { id: 'u7', name: '李经理' } },
  enabled: true,
  disabledReason: null,
  consecutiveFailures: 0,
  lastDeliveryAt: null,
  createdAt: '2026-12-01T02:00:00.000Z',
};

describe('channel events', () => {
  it('offers the eleven events of the contract, each once', () => {
    expect(new Set(CHANNEL_EVENTS).size).toBe(11);
  });

  it('pre-ticks every event except the daily summary', () => {
    expect(DEFAULT_CHANNEL_EVENTS).toHaveLength(10);
    expect(DEFAULT_CHANNEL_EVENTS).not.toContain('DAILY_DIGEST');
  });

  it('puts stored events in the picker order', () => {
    expect(orderedEvents(['DAILY_DIGEST', 'CASE_OPENED', 'CASE_OVERDUE'])).toEqual([
      'CASE_OPENED',
      'CASE_OVERDUE',
      'DAILY_DIGEST',
    ]);
  });
});

describe('channel kinds', () => {
  it('takes a pasted secret only for DingTalk and Feishu', () => {
    expect(
      ['DINGTALK', 'WECOM', 'FEISHU', 'WEBHOOK'].filter((kind) => kindTakesSecret(kind as never)),
    ).toEqual(['DINGTALK', 'FEISHU']);
  });

  it("recognises DingTalk's SEC secrets", () => {
    expect(looksLikeDingTalkSecret(' SEC0123abcd')).toBe(true);
    expect(looksLikeDingTalkSecret('0123abcd')).toBe(false);
  });
});

describe('channel form → create input', () => {
  it('sends a DingTalk secret trimmed, and the whole agency as no manager', () => {
    const values = {
      ...newChannelValues('DINGTALK'),
      name: ' 深圳运营群 ',
      url: ' https://oapi.dingtalk.com/robot/send?access_token=t ',
      secret: ' SECabc ',
    };
    expect(toCreateInput(values, null)).toEqual({
      kind: 'DINGTALK',
      name: '深圳运营群',
      url: 'https://oapi.dingtalk.com/robot/send?access_token=t',
      secret: 'SECabc',
      events: [...DEFAULT_CHANNEL_EVENTS],
      locale: 'zh-CN',
      managerId: null,
    });
  });

  it('never sends a secret for WeCom or a webhook (the API refuses one)', () => {
    const values = { ...newChannelValues('WECOM'), name: 'x', url: 'u', secret: 'left over' };
    expect(toCreateInput(values, null)).not.toHaveProperty('secret');
    expect(toCreateInput({ ...values, kind: 'WEBHOOK' }, null)).not.toHaveProperty('secret');
  });

  it('takes a WeCom form without a secret field (the form renders none)', () => {
    const values: ChannelFormValues = {
      kind: 'WECOM',
      name: 'x',
      url: 'u',
      events: ['CASE_OPENED'],
      locale: 'zh-CN',
    };
    expect(toCreateInput(values, 'm-own')).toMatchObject({ kind: 'WECOM', managerId: 'm-own' });
    expect(toUpdateInput(values, 'm-own')).not.toHaveProperty('secret');
  });

  it("scopes a MANAGER's channel to their own portfolio whatever the form says", () => {
    const values = { ...newChannelValues(), name: 'x', url: 'u', scope: AGENCY_SCOPE };
    expect(toCreateInput(values, 'm-own').managerId).toBe('m-own');
    expect(toCreateInput({ ...values, scope: 'm7' }, null).managerId).toBe('m7');
  });
});

describe('channel form → update input', () => {
  it('starts an existing channel with empty URL and secret, its events in order', () => {
    const values = editChannelValues(channel);
    expect(values).toMatchObject({ url: '', secret: '', scope: 'm7' });
    expect(values.events).toEqual(['CASE_OPENED', 'DOCUMENT_EXPIRED']);
  });

  it('leaves URL and secret unchanged when left empty', () => {
    const input = toUpdateInput({ ...editChannelValues(channel), url: '  ', secret: '' }, null);
    expect(input).not.toHaveProperty('url');
    expect(input).not.toHaveProperty('secret');
    expect(input).toMatchObject({ name: '深圳运营群', managerId: 'm7' });
  });

  it('sends a new URL and secret when typed', () => {
    const input = toUpdateInput(
      { ...editChannelValues(channel), url: 'https://new', secret: 'SECnew' },
      null,
    );
    expect(input).toMatchObject({ url: 'https://new', secret: 'SECnew' });
  });

  it('moves a channel to the whole agency, and a MANAGER never sends a scope', () => {
    const values = { ...editChannelValues(channel), scope: AGENCY_SCOPE };
    expect(toUpdateInput(values, null).managerId).toBeNull();
    expect(toUpdateInput(values, 'm7')).not.toHaveProperty('managerId');
  });
});

describe('channel deliveries', () => {
  it('tells a retry apart from a first send', () => {
    expect(deliveryStatusKey({ status: 'PENDING', attempts: 0 })).toBe('PENDING');
    expect(deliveryStatusKey({ status: 'PENDING', attempts: 2 })).toBe('RETRYING');
    expect(deliveryStatusKey({ status: 'SENT', attempts: 1 })).toBe('SENT');
  });

  it('indents a JSON body for reading and shows anything else as sent', () => {
    expect(readablePayload('{"msgtype":"markdown"}')).toBe('{\n  "msgtype": "markdown"\n}');
    expect(readablePayload('not json')).toBe('not json');
  });
});

describe('platform hints', () => {
  it("reads the platform's own code out of lastError, per platform", () => {
    expect(platformHint('DINGTALK', 'HTTP 200, errcode 310000: sign not match')).toBe('signature');
    expect(platformHint('DINGTALK', 'HTTP 200, errcode 300001: token is not exist')).toBe(
      'credential',
    );
    expect(platformHint('WECOM', 'HTTP 200, errcode 93000: invalid webhook url')).toBe(
      'credential',
    );
    expect(platformHint('FEISHU', 'HTTP 200, code 19021: sign match fail')).toBe('signature');
    expect(platformHint('WECOM', 'HTTP 200, errcode 45009: api freq out of limit')).toBe(
      'rateLimited',
    );
  });

  it("never borrows one platform's code for another, nor guesses an unknown one", () => {
    expect(platformHint('WECOM', 'HTTP 200, errcode 310000: x')).toBeNull();
    expect(platformHint('DINGTALK', 'HTTP 200, errcode 40035: 缺少参数 json')).toBeNull();
    expect(platformHint('DINGTALK', null)).toBeNull();
  });

  it('tells an outage and a rate limit from the HTTP status', () => {
    expect(platformHint('WEBHOOK', 'HTTP 503: Service Unavailable')).toBe('unavailable');
    expect(platformHint('WEBHOOK', 'HTTP 429: slow down')).toBe('rateLimited');
    expect(platformHint('WEBHOOK', 'HTTP 401: bad signature')).toBeNull();
  });
});
