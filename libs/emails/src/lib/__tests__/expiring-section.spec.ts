import type { DigestModel } from '../digest-model';
import { EXPIRING_REMINDER_KIND, EXPIRING_WINDOW_KIND, expiringItems } from '../expiring-section';
import { renderDigest } from '../render-digest';

const haituo = '深圳市海拓电子商务有限公司';
// The test digest of issue 11: a licence 14 days out crossed its rung; a licence 10 days out and
// the representative's ID card are merely inside the 30-day window.
const documents = [
  {
    entityName: '广州云帆贸易有限公司',
    documentType: 'BUSINESS_LICENSE',
    expiresOn: '2026-12-11',
    daysLeft: 10,
    stores: ['Yunfan TH (TH)'],
    link: 'https://veridesk.example.com/entities/2',
    reminderDue: false,
  },
  {
    entityName: haituo,
    documentType: 'RESIDENT_ID_CARD',
    expiresOn: '2026-12-20',
    daysLeft: 19,
    stores: [],
    link: 'https://veridesk.example.com/entities/1',
    reminderDue: false,
  },
  {
    entityName: haituo,
    documentType: 'BUSINESS_LICENSE',
    expiresOn: '2026-12-15',
    daysLeft: 14,
    stores: ['Haituo MY (MY)', 'Haituo TH (TH)'],
    link: 'https://veridesk.example.com/entities/1',
    reminderDue: true,
  },
];

const digest = (locale: DigestModel['locale']): DigestModel => ({
  locale,
  readerName: '李娜',
  agencyName: '深圳海拓跨境服务有限公司',
  date: '2026-12-01',
  dashboardUrl: 'https://veridesk.example.com',
  sections: [
    { kind: 'expiring', title: '已过期或即将到期的证照', items: expiringItems(locale, documents) },
  ],
});

describe('the expiring section', () => {
  it('names every document, the one whose reminder came due first', () => {
    const items = expiringItems('zh-CN', documents);
    expect(items.map((item) => [item.kind, item.title])).toEqual([
      [EXPIRING_REMINDER_KIND, `${haituo} · 营业执照`],
      [EXPIRING_WINDOW_KIND, '广州云帆贸易有限公司 · 营业执照'],
      [EXPIRING_WINDOW_KIND, `${haituo} · 法人身份证`],
    ]);
    expect(items[1].detail).toBe('2026-12-11 到期（10 天后），影响店铺：Yunfan TH (TH)');
    expect(items[2].detail).toBe('2026-12-20 到期（19 天后）');
  });

  it('counts in the subject and the heading exactly the documents it names, in HTML and text', async () => {
    const email = await renderDigest(digest('zh-CN'));
    expect(email.subject).toBe('VeriDesk 每日摘要 2026-12-01：3 份证照到期');
    expect(email.text).toContain('== 已过期或即将到期的证照 (3) ==');
    for (const name of [
      `${haituo} · 营业执照`,
      '广州云帆贸易有限公司 · 营业执照',
      `${haituo} · 法人身份证`,
    ]) {
      expect(email.text).toContain(`- ${name}`);
      expect(email.html).toContain(name);
    }
    expect(email.text).not.toContain('另有');
  });

  it('names documents in English for an English reader', async () => {
    const email = await renderDigest(digest('en'));
    expect(email.subject).toBe('VeriDesk digest 2026-12-01: 3 documents expiring');
    expect(email.text).toContain(`- ${haituo} · ID card`);
    expect(email.text).toContain('Expires 2026-12-11 (in 10 days); affects Yunfan TH (TH)');
  });
});
