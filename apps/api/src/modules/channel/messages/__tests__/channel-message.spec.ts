import { CHANNEL_EVENTS, type ChannelEvent } from '../../adapters/channel-adapter';
import { buildChannelMessage, buildTestChannelMessage, type ChannelEventFacts } from '../index';

const publicUrl = 'https://app.veridesk.test/';
const now = new Date('2026-12-02T12:00:00.000Z');
// 10:00 in Bangkok (UTC+7) = 11:00 in Beijing (UTC+8).
const tenInBangkok = new Date('2026-12-03T03:00:00.000Z');

const FACTS: Record<ChannelEvent, ChannelEventFacts> = {
  CASE_OPENED: {
    event: 'CASE_OPENED',
    caseId: 'case-1',
    entityId: 'ent-1',
    entityName: 'Lotus Trading',
    site: 'TH',
    deadlineAt: tenInBangkok,
  },
  CASE_DUE_SOON: {
    event: 'CASE_DUE_SOON',
    caseId: 'case-1',
    entityId: 'ent-1',
    entityName: 'Lotus Trading',
    site: 'TH',
    deadlineAt: tenInBangkok,
  },
  CASE_OVERDUE: {
    event: 'CASE_OVERDUE',
    caseId: 'case-1',
    entityId: 'ent-1',
    entityName: 'Lotus Trading',
    site: 'TH',
    deadlineAt: tenInBangkok,
  },
  APPOINTMENT_BOOKED: {
    event: 'APPOINTMENT_BOOKED',
    caseId: 'case-1',
    entityId: 'ent-1',
    entityName: 'Lotus Trading',
    site: 'TH',
    startsAt: tenInBangkok,
  },
  ATTEMPT_FAILED: {
    event: 'ATTEMPT_FAILED',
    caseId: 'case-1',
    attemptId: 'att-1',
    entityId: 'ent-1',
    entityName: 'Lotus Trading',
    site: 'TH',
    occurredAt: tenInBangkok,
    outcome: 'NO_SHOW',
    reasons: ['DOCUMENT_BLURRY', 'NETWORK_LATENCY'],
  },
  CASE_PASSED: {
    event: 'CASE_PASSED',
    caseId: 'case-1',
    entityId: 'ent-1',
    entityName: 'Lotus Trading',
    site: 'TH',
    passedAt: tenInBangkok,
  },
  STORE_RESTRICTED: {
    event: 'STORE_RESTRICTED',
    storeId: 'store-1',
    entityId: 'ent-1',
    entityName: 'Lotus Trading',
    storeName: 'Lotus TH Official',
    site: 'TH',
    status: 'FROZEN',
    modules: ['ORDERS', 'FINANCE'],
    freezeUntil: tenInBangkok,
  },
  DOCUMENT_EXPIRING: {
    event: 'DOCUMENT_EXPIRING',
    documentId: 'doc-1',
    entityId: 'ent-1',
    entityName: 'Lotus Trading',
    documentType: 'BUSINESS_LICENSE',
    expiresOn: '2026-12-20',
    daysLeft: 18,
    stores: ['Lotus TH Official'],
  },
  DOCUMENT_EXPIRED: {
    event: 'DOCUMENT_EXPIRED',
    documentId: 'doc-1',
    entityId: 'ent-1',
    entityName: 'Lotus Trading',
    documentType: 'BUSINESS_LICENSE',
    expiresOn: '2026-11-30',
    daysLeft: -2,
    stores: [],
  },
  DOCUMENT_SUBMITTED: {
    event: 'DOCUMENT_SUBMITTED',
    documentId: 'doc-1',
    entityId: 'ent-1',
    entityName: 'Lotus Trading',
    documentType: 'TRADEMARK_CERTIFICATE',
    submittedAt: tenInBangkok,
  },
  DAILY_DIGEST: {
    event: 'DAILY_DIGEST',
    date: '2026-12-03',
    agencyName: 'Acme 代运营',
    counts: { deadlines: 2, appointments: 0, failures: 1, expiring: 0, restricted: 0 },
  },
};

describe('buildChannelMessage', () => {
  it('shows a deadline in the site’s time and Beijing time side by side, in zh-CN by default', () => {
    const message = buildChannelMessage(FACTS.CASE_OVERDUE, { publicUrl, now });
    expect(message.title).toBe('Lotus Trading TH 站点视频认证已逾期');
    expect(message.markdown).toBe(
      [
        '**Lotus Trading TH 站点视频认证已逾期**',
        '截止时间 2026-12-03 10:00 曼谷 (UTC+7) = 11:00 北京 (UTC+8) 已过，店铺冻结可能延长。请立即联系 Lazada 并预约。',
        '[打开 VeriDesk](https://app.veridesk.test/cases/case-1)',
      ].join('\n\n'),
    );
  });

  it('speaks English to an en channel', () => {
    const message = buildChannelMessage(FACTS.APPOINTMENT_BOOKED, { locale: 'en', publicUrl, now });
    expect(message.title).toBe('Lotus Trading: TH video verification booked');
    expect(message.markdown).toContain(
      'Slot 2026-12-03 10:00 Bangkok (UTC+7) = 11:00 Beijing (UTC+8)',
    );
    expect(message.markdown).toContain('[Open VeriDesk](https://app.veridesk.test/cases/case-1)');
  });

  it('repeats the date on Beijing’s side when the two clocks are on different days', () => {
    const lateInJakarta = new Date('2026-12-03T16:30:00.000Z'); // 23:30 UTC+7 = 00:30 next day UTC+8
    const message = buildChannelMessage(
      { ...FACTS.APPOINTMENT_BOOKED, site: 'ID', startsAt: lateInJakarta } as ChannelEventFacts,
      { publicUrl, now },
    );
    expect(message.markdown).toContain(
      '预约时间 2026-12-03 23:30 雅加达 (UTC+7) = 2026-12-04 00:30 北京 (UTC+8)',
    );
  });

  it('words a failed call with the digest’s outcome and reason terms', () => {
    const zh = buildChannelMessage(FACTS.ATTEMPT_FAILED, { publicUrl, now });
    expect(zh.title).toBe('Lotus Trading · TH 站点认证未接通');
    expect(zh.markdown).toContain(
      '2026-12-03 10:00 曼谷 (UTC+7) = 11:00 北京 (UTC+8)，原因：证件模糊、网络延迟',
    );
    const en = buildChannelMessage(FACTS.ATTEMPT_FAILED, { locale: 'en', publicUrl, now });
    expect(en.title).toBe('Lotus Trading · TH verification missed (no show)');
  });

  it('names a restricted store, its held modules and the freeze end, and links to the entity', () => {
    const message = buildChannelMessage(FACTS.STORE_RESTRICTED, { publicUrl, now });
    expect(message.title).toBe('Lotus Trading 的店铺 Lotus TH Official（TH）被限制');
    expect(message.markdown).toContain(
      '冻结，受限功能：订单、财务，冻结至 2026-12-03 10:00 曼谷 (UTC+7) = 11:00 北京 (UTC+8)',
    );
    expect(message.markdown).toContain('(https://app.veridesk.test/entities/ent-1)');
  });

  it('words expiring and expired documents like the digest', () => {
    expect(buildChannelMessage(FACTS.DOCUMENT_EXPIRING, { publicUrl, now }).markdown).toContain(
      '2026-12-20 到期（18 天后），影响店铺：Lotus TH Official',
    );
    const expired = buildChannelMessage(FACTS.DOCUMENT_EXPIRED, { locale: 'en', publicUrl, now });
    expect(expired.title).toBe('Lotus Trading · Business licence expired');
    expect(expired.markdown).toContain('Expired on 2026-11-30');
  });

  it('sums up the day in the digest’s words, only the sections with something in them', () => {
    const message = buildChannelMessage(FACTS.DAILY_DIGEST, { publicUrl, now });
    expect(message.title).toBe('VeriDesk 每日摘要 2026-12-03：2 个认证截止，1 个未通过');
    expect(message.markdown).toContain('72 小时内截止或已逾期的视频认证：2');
    expect(message.markdown).not.toContain('48 小时内的视频认证预约');
    expect(message.markdown).toContain('[打开 VeriDesk](https://app.veridesk.test/)');
  });

  it('gives every event its typed WEBHOOK JSON with ISO instants and the link', () => {
    const types = CHANNEL_EVENTS.map(
      (event) => buildChannelMessage(FACTS[event], { publicUrl, now }).webhook.type,
    );
    expect(types).toEqual([
      'case.opened',
      'case.due_soon',
      'case.overdue',
      'appointment.booked',
      'attempt.failed',
      'case.passed',
      'store.restricted',
      'document.expiring',
      'document.expired',
      'document.submitted',
      'digest.daily',
    ]);
    expect(buildChannelMessage(FACTS.CASE_OVERDUE, { publicUrl, now }).webhook).toEqual({
      type: 'case.overdue',
      timestamp: '2026-12-02T12:00:00.000Z',
      data: {
        caseId: 'case-1',
        entityId: 'ent-1',
        entityName: 'Lotus Trading',
        site: 'TH',
        siteTimeZone: 'Asia/Bangkok',
        deadlineAt: '2026-12-03T03:00:00.000Z',
        link: 'https://app.veridesk.test/cases/case-1',
      },
    });
  });

  it('keeps a seller’s name from breaking the card or smuggling a link into it', () => {
    const message = buildChannelMessage(
      {
        ...FACTS.CASE_OPENED,
        entityName: 'Evil\n\n[点我](https://phish.example) <b>',
      } as ChannelEventFacts,
      { publicUrl, now },
    );
    expect(message.markdown).not.toContain('](https://phish.example)');
    expect(message.markdown.split('\n\n')[0]).toBe(
      '**Evil ［点我］(https://phish.example) ‹b› TH 站点需要视频认证**',
    );
    // The integrator's JSON keeps the name as entered.
    expect(message.webhook.data.entityName).toBe('Evil\n\n[点我](https://phish.example) <b>');
  });
});

describe('buildTestChannelMessage', () => {
  it('is titled "VeriDesk 测试消息", names the channel and is typed channel.test for webhooks', () => {
    const message = buildTestChannelMessage({
      publicUrl,
      now,
      channelName: '泰国运营群',
      event: 'CASE_OVERDUE',
    });
    expect(message.title).toBe('VeriDesk 测试消息');
    expect(message.markdown).toContain('渠道「泰国运营群」已连接 VeriDesk');
    expect(message.markdown).toContain('发送时间 2026-12-02 20:00 北京 (UTC+8)');
    expect(message.webhook).toEqual({
      type: 'channel.test',
      timestamp: '2026-12-02T12:00:00.000Z',
      data: { channelName: '泰国运营群', test: true, link: 'https://app.veridesk.test/' },
    });
    expect(
      buildTestChannelMessage({
        publicUrl,
        now,
        channelName: 'x',
        event: 'CASE_OPENED',
        locale: 'en',
      }).title,
    ).toBe('VeriDesk test message');
  });
});

describe('a "not ready" answer from the call-prep page (CASE_DUE_SOON)', () => {
  const notReady: ChannelEventFacts = {
    ...(FACTS.CASE_DUE_SOON as Extract<ChannelEventFacts, { event: 'CASE_DUE_SOON' }>),
    notReady: { note: '法人出差 [点此](http://evil.example)' },
  };

  it('says the representative needs another slot, with the note as plain text, in both locales', () => {
    const zh = buildChannelMessage(notReady, { publicUrl, now });
    expect(zh.webhook.type).toBe('case.due_soon');
    expect(zh.title).toBe('Lotus Trading TH 站点视频认证：法人表示尚未准备好，需要改约');
    expect(zh.markdown).toContain(
      '法人表示尚未准备好，需要改约：法人出差 ［点此］(http://evil.example)',
    );
    expect(zh.markdown).not.toContain('尚未预约');
    expect(zh.webhook.data).toMatchObject({
      notReady: { note: '法人出差 [点此](http://evil.example)' },
    });
    const en = buildChannelMessage(notReady, { publicUrl, now, locale: 'en' });
    expect(en.markdown).toContain(
      'The legal representative is not ready and needs another slot: 法人出差',
    );
  });

  it('leaves the due-soon message without a note unchanged', () => {
    const plain = buildChannelMessage(FACTS.CASE_DUE_SOON, { publicUrl, now });
    expect(plain.title).toBe('Lotus Trading TH 站点视频认证 24 小时内截止，尚未预约');
  });
});
