import mjml2html from 'mjml';
import type { EmailLocale, RenderedEmail } from './digest-model';
import { escapeHtml } from './render-digest';

/** The mail to whoever asked for a data export: it is ready, where, until when. */
export type ExportReadyModel = {
  locale: EmailLocale;
  readerName: string;
  agencyName: string;
  /** The dashboard page where OWNERs and ADMINs download it (signed in). */
  link: string;
  /** Already formatted in the reader's zone. */
  expiresAt: string;
};

const WORDS: Record<
  EmailLocale,
  { subject: (agency: string) => string; body: (m: ExportReadyModel) => string; open: string }
> = {
  'zh-CN': {
    subject: (agency) => `【VeriDesk】${agency} 的数据导出已就绪`,
    body: (m) =>
      `${m.readerName}，您好：${m.agencyName} 的数据导出（ZIP）已生成，可由负责人和管理员在「设置 → 机构设置」下载，有效期至 ${m.expiresAt}。文件包含身份证号和手机号明文，请妥善保管。`,
    open: '前往下载',
  },
  en: {
    subject: (agency) => `[VeriDesk] The data export of ${agency} is ready`,
    body: (m) =>
      `Hello ${m.readerName}, the data export (ZIP) of ${m.agencyName} is ready. OWNERs and ADMINs can download it under Settings → Agency until ${m.expiresAt}. It holds ID and phone numbers in the clear: keep it safe.`,
    open: 'Download',
  },
};

export async function renderExportReady(model: ExportReadyModel): Promise<RenderedEmail> {
  const words = WORDS[model.locale];
  const subject = words.subject(model.agencyName);
  const body = words.body(model);
  const text = [body, '', `${words.open}: ${model.link}`].join('\n');
  const { html, errors } = await mjml2html(
    `<mjml lang="${model.locale}"><mj-body background-color="#f5f5f5" width="600px">
      <mj-section background-color="#ffffff" padding="16px 24px"><mj-column>
        <mj-text font-size="14px" line-height="1.6">${escapeHtml(body)}</mj-text>
        <mj-button href="${escapeHtml(model.link)}" background-color="#1677ff" align="left">${escapeHtml(words.open)}</mj-button>
      </mj-column></mj-section>
    </mj-body></mjml>`,
    { validationLevel: 'strict' },
  );
  if (errors.length) throw new Error('Export-ready template is invalid');
  return { subject, text, html };
}
