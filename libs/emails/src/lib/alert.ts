import mjml2html from 'mjml';
import type { EmailLocale, RenderedEmail } from './digest-model';
import { escapeHtml } from './render-digest';

export const ALERT_KINDS = [
  'CASE_DUE_SOON',
  'CASE_OVERDUE',
  'ATTEMPT_FAILED',
  'STORE_RESTRICTED',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
/** Kinds a member may mute; an overdue case always reaches someone. */
export const MUTABLE_ALERT_KINDS: AlertKind[] = [
  'CASE_DUE_SOON',
  'ATTEMPT_FAILED',
  'STORE_RESTRICTED',
];

/** What an alert email is about: an alert of the reader's, or a notification channel disabled. */
export type AlertEmailKind = AlertKind | 'CHANNEL_DISABLED';

export type AlertModel = {
  locale: EmailLocale;
  kind: AlertEmailKind;
  readerName: string;
  /** Already worded: what happened, and what to do. */
  headline: string;
  detail: string;
  link: string;
};

const SUBJECT_PREFIX: Record<EmailLocale, string> = {
  'zh-CN': '【VeriDesk 紧急】',
  en: '[VeriDesk urgent] ',
};
const OPEN: Record<EmailLocale, string> = { 'zh-CN': '立即处理', en: 'Open in VeriDesk' };

export async function renderAlert(model: AlertModel): Promise<RenderedEmail> {
  const subject = `${SUBJECT_PREFIX[model.locale]}${model.headline}`;
  const text = [model.headline, '', model.detail, '', `${OPEN[model.locale]}: ${model.link}`].join(
    '\n',
  );
  const { html, errors } = await mjml2html(
    `<mjml lang="${model.locale}"><mj-body background-color="#f5f5f5" width="600px">
      <mj-section background-color="#a8071a" padding="12px 24px"><mj-column>
        <mj-text color="#ffffff" font-size="16px" font-weight="700">${escapeHtml(model.headline)}</mj-text>
      </mj-column></mj-section>
      <mj-section background-color="#ffffff" padding="16px 24px"><mj-column>
        <mj-text font-size="14px" line-height="1.6">${escapeHtml(model.detail)}</mj-text>
        <mj-button href="${escapeHtml(model.link)}" background-color="#a8071a" align="left">${escapeHtml(OPEN[model.locale])}</mj-button>
      </mj-column></mj-section>
    </mj-body></mjml>`,
    { validationLevel: 'strict' },
  );
  if (errors.length) throw new Error('Alert template is invalid');
  return { subject, text, html };
}
