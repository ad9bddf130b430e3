import { failureItem } from '../failure-section';

const attempt = {
  entityName: '深圳市海拓电子商务有限公司',
  site: 'TH',
  outcome: 'FAILED',
  occurredAt: '2026-12-01 15:30',
  failureReasons: ['DOCUMENT_BLURRY', 'OTHER'],
  link: 'https://veridesk.example.com/cases/1',
};

describe('a failed attempt in the digest', () => {
  it('names the reason OTHER as another reason, not as another document (zh-CN)', () => {
    const item = failureItem('zh-CN', attempt);
    expect(item.title).toBe('深圳市海拓电子商务有限公司 · TH 站点认证未通过');
    expect(item.detail).toBe('2026-12-01 15:30，原因：证件模糊、其他');
    expect(item.detail).not.toContain('文件');
  });

  it('names the reason OTHER as another reason, not as another document (en)', () => {
    const item = failureItem('en', attempt);
    expect(item.title).toBe('深圳市海拓电子商务有限公司 · TH verification failed');
    expect(item.detail).toBe('2026-12-01 15:30; reasons: blurry document, other');
    expect(item.detail).not.toMatch(/other document/i);
  });

  it('links to the case and lists no reasons when none were given', () => {
    const item = failureItem('en', { ...attempt, outcome: 'NO_SHOW', failureReasons: [] });
    expect(item).toEqual({
      kind: 'failure',
      title: '深圳市海拓电子商务有限公司 · TH verification missed (no show)',
      detail: '2026-12-01 15:30',
      link: 'https://veridesk.example.com/cases/1',
    });
  });
});
