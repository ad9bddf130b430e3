import type { EmailLocale } from './digest-model';
import { escapeHtml } from './render-digest';

/** What the digest's unsubscribe link shows: a question first, then the answer. */
export type UnsubscribePageState = 'confirm' | 'done' | 'invalid' | 'not-found';

const WORDS: Record<
  EmailLocale,
  Record<UnsubscribePageState, { title: string; body: string }> & { button: string }
> = {
  'zh-CN': {
    confirm: {
      title: '退订每日摘要？',
      body: '确认后，您将不再收到 VeriDesk 每日摘要；紧急提醒不受影响。可随时在“个人资料”中重新开启。',
    },
    done: {
      title: '已退订每日摘要',
      body: '您将不再收到 VeriDesk 每日摘要；紧急提醒不受影响。可在“个人资料”中重新开启。',
    },
    invalid: { title: '链接无效', body: '这个退订链接无效或已损坏。' },
    'not-found': { title: '未找到', body: '该成员已不在机构中。' },
    button: '确认退订',
  },
  en: {
    confirm: {
      title: 'Stop the daily digest?',
      body: 'Once you confirm, VeriDesk will stop sending you the daily digest; urgent alerts still reach you. You can turn it back on in your profile.',
    },
    done: {
      title: 'Unsubscribed from the daily digest',
      body: 'You will no longer receive the VeriDesk daily digest; urgent alerts still reach you. You can turn it back on in your profile.',
    },
    invalid: { title: 'Invalid link', body: 'This unsubscribe link is not valid.' },
    'not-found': { title: 'Not found', body: 'This member is no longer in the agency.' },
    button: 'Unsubscribe',
  },
};

/**
 * A small page in the reader's language. The confirmation's button POSTs `List-Unsubscribe=One-Click`
 * back to the same signed URL (RFC 8058's request), so opening the link changes nothing: mail
 * scanners that follow links cannot unsubscribe anyone.
 */
export function renderUnsubscribePage(locale: EmailLocale, state: UnsubscribePageState): string {
  const words = WORDS[locale];
  const { title, body } = words[state];
  const form =
    state === 'confirm'
      ? `<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">` +
        `<button type="submit" style="font:inherit;padding:8px 20px;border:0;border-radius:6px;background:#1d39c4;color:#fff;cursor:pointer">${escapeHtml(words.button)}</button></form>`
      : '';
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:-apple-system,'PingFang SC','Microsoft YaHei',Helvetica,Arial,sans-serif;max-width:480px;margin:64px auto;padding:0 16px;color:#262626;line-height:1.6">` +
    `<h1 style="font-size:20px">${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>${form}</body></html>`
  );
}
