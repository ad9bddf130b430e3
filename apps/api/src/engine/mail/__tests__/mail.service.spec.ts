import { simpleParser } from 'mailparser';
import { SmtpPeer } from '../../../../test/support/smtp-peer';
import { loadConfig } from '../../config/configuration';
import { MailService } from '../mail.service';

const smtp = new SmtpPeer();
let smtpUrl: string;

beforeAll(async () => {
  smtpUrl = await smtp.start();
});
afterAll(() => smtp.stop());

async function sendAutomated(unsubscribeUrl: string) {
  const mail = new MailService(
    loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/veridesk',
      AUTH_SECRET: 'x'.repeat(64),
      ID_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
      ID_HASH_KEY: 'h'.repeat(64),
      SMTP_URL: smtpUrl,
    }),
  );
  const to = `reader-${smtp.inbox.length}@example.com`;
  await mail.send({
    to,
    subject: 'VeriDesk digest',
    text: 'text',
    html: '<p>html</p>',
    automated: { language: 'en', unsubscribeUrl },
  });
  mail.onApplicationShutdown();
  const parsed = await simpleParser(smtp.to(to)[0].data);
  return (name: string) => parsed.headerLines.find((line) => line.key === name)?.line;
}

describe('automated mail', () => {
  it('offers one-click unsubscribe for an https link (RFC 8058)', async () => {
    const header = await sendAutomated('https://veridesk.example.com/unsubscribe?token=a.b');
    expect(header('list-unsubscribe')).toBe(
      'List-Unsubscribe: <https://veridesk.example.com/unsubscribe?token=a.b>',
    );
    expect(header('list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(header('auto-submitted')).toBe('Auto-Submitted: auto-generated');
    expect(header('content-language')).toBe('Content-Language: en');
  });

  it('keeps an http link (local development) but offers no one-click, which RFC 8058 forbids', async () => {
    const header = await sendAutomated('http://localhost:3000/unsubscribe?token=a.b');
    expect(header('list-unsubscribe')).toBe(
      'List-Unsubscribe: <http://localhost:3000/unsubscribe?token=a.b>',
    );
    expect(header('list-unsubscribe-post')).toBeUndefined();
    expect(header('auto-submitted')).toBe('Auto-Submitted: auto-generated');
  });
});
