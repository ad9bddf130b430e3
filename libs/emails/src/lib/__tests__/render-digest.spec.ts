import type { DigestModel } from '../digest-model';
import { renderDigest } from '../render-digest';

const model: DigestModel = {
  locale: 'zh-CN',
  readerName: '李娜',
  agencyName: '深圳海拓跨境服务有限公司',
  date: '2026-12-01',
  dashboardUrl: 'https://veridesk.example.com',
  unsubscribeUrl: 'https://veridesk.example.com/unsubscribe?token=abc',
  sections: [
    {
      kind: 'appointments',
      title: '48 小时内的视频认证预约',
      items: [
        {
          kind: 'appointment',
          title: '海拓 <script>alert(1)</script> · TH 站点视频认证',
          detail:
            '站点时间 2026-12-02 10:00（Asia/Bangkok）= 您的时间 2026-12-02 11:00（Asia/Shanghai）',
          link: 'https://veridesk.example.com/cases/1',
        },
      ],
    },
  ],
};

describe('digest email', () => {
  it('words the subject, text and HTML in the reader language, with both times side by side', async () => {
    const email = await renderDigest(model);
    expect(email.subject).toBe('VeriDesk 每日摘要 2026-12-01：1 个预约');
    expect(email.text).toContain(
      '站点时间 2026-12-02 10:00（Asia/Bangkok）= 您的时间 2026-12-02 11:00（Asia/Shanghai）',
    );
    expect(email.text).toContain(
      '不再接收每日摘要: https://veridesk.example.com/unsubscribe?token=abc',
    );
    expect(email.html).toContain('您的时间 2026-12-02 11:00');
    expect(email.html).toContain('href="https://veridesk.example.com/cases/1"');
  });

  it('escapes what users typed, so an entity name cannot inject markup', async () => {
    const email = await renderDigest(model);
    expect(email.html).not.toContain('<script>alert(1)</script>');
    expect(email.html).toContain('&lt;script&gt;');
  });

  it('speaks English to an English reader and says when nothing is due', async () => {
    const email = await renderDigest({ ...model, locale: 'en', sections: [] });
    expect(email.subject).toBe('VeriDesk digest 2026-12-01: nothing due today');
    expect(email.text).toContain('Nothing needs you today.');
  });
});
