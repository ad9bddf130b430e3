import { renderUnsubscribePage } from '../unsubscribe-page';

describe('the unsubscribe page', () => {
  it('asks first: its button posts List-Unsubscribe=One-Click back to the same signed URL', () => {
    const page = renderUnsubscribePage('zh-CN', 'confirm');
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('退订每日摘要？');
    // No action: the form posts to the page's own URL, token included.
    expect(page).toMatch(/<form method="post">/);
    expect(page).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(page).toContain('确认退订');
  });

  it('speaks English to an English reader and shows no form once done', () => {
    const page = renderUnsubscribePage('en', 'done');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Unsubscribed from the daily digest');
    expect(page).not.toContain('<form');
  });
});
