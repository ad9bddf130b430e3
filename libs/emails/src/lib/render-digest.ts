import mjml2html from 'mjml';
import { DIGEST_MESSAGES } from './digest-messages';
import {
  DIGEST_SECTION_KINDS,
  DigestModel,
  DigestSectionKind,
  RenderedEmail,
} from './digest-model';

/** Every value that reaches the markup passes through here. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );
}

function counts(model: DigestModel): Record<DigestSectionKind, number> {
  const result = Object.fromEntries(DIGEST_SECTION_KINDS.map((kind) => [kind, 0])) as Record<
    DigestSectionKind,
    number
  >;
  for (const section of model.sections) result[section.kind] = section.items.length;
  return result;
}

export function renderDigestText(model: DigestModel): string {
  const messages = DIGEST_MESSAGES[model.locale];
  const lines = [messages.greeting(model.readerName), messages.intro(model.agencyName), ''];
  if (!model.sections.length) lines.push(messages.nothing, '');
  for (const section of model.sections) {
    lines.push(`== ${section.title} (${section.items.length}) ==`);
    for (const item of section.items) {
      lines.push(`- ${item.title}`);
      if (item.detail) lines.push(`  ${item.detail}`);
      if (item.link) lines.push(`  ${item.link}`);
    }
    lines.push('');
  }
  lines.push(`${messages.open}: ${model.dashboardUrl}`);
  if (model.unsubscribeUrl) lines.push(`${messages.unsubscribe}: ${model.unsubscribeUrl}`);
  return lines.join('\n');
}

/** Responsive HTML (MJML compiles to table layouts the common mail clients render). */
export async function renderDigestHtml(model: DigestModel): Promise<string> {
  const messages = DIGEST_MESSAGES[model.locale];
  const sections = model.sections
    .map(
      (section) => `
      <mj-section background-color="#ffffff" padding="8px 24px">
        <mj-column>
          <mj-text font-size="16px" font-weight="600" color="#1d39c4" padding="12px 0 4px">${escapeHtml(section.title)} (${section.items.length})</mj-text>
          ${section.items
            .map(
              (item) => `
          <mj-text padding="6px 0">
            <div style="font-weight:600;color:#1f1f1f">${item.link ? `<a href="${escapeHtml(item.link)}" style="color:#1f1f1f;text-decoration:none">${escapeHtml(item.title)}</a>` : escapeHtml(item.title)}</div>
            <div style="color:#595959">${escapeHtml(item.detail)}</div>
          </mj-text>`,
            )
            .join('')}
        </mj-column>
      </mj-section>`,
    )
    .join('');
  const markup = `
  <mjml lang="${model.locale}">
    <mj-head>
      <mj-title>${escapeHtml(messages.subject(model.date, counts(model)))}</mj-title>
      <mj-attributes><mj-all font-family="-apple-system, 'PingFang SC', 'Microsoft YaHei', Helvetica, Arial, sans-serif" /><mj-text font-size="14px" color="#262626" line-height="1.6" padding="0" /><mj-button padding="0" /></mj-attributes>
    </mj-head>
    <mj-body background-color="#f5f5f5" width="640px">
      <mj-section background-color="#001529" padding="16px 24px">
        <mj-column><mj-text color="#ffffff" font-size="18px" font-weight="700">VeriDesk · ${escapeHtml(model.date)}</mj-text></mj-column>
      </mj-section>
      <mj-section background-color="#ffffff" padding="16px 24px 0">
        <mj-column>
          <mj-text font-size="15px" padding="0 0 6px">${escapeHtml(messages.greeting(model.readerName))}</mj-text>
          <mj-text padding="0 0 8px">${escapeHtml(messages.intro(model.agencyName))}</mj-text>
          ${model.sections.length ? '' : `<mj-text color="#389e0d" padding="0 0 8px">${escapeHtml(messages.nothing)}</mj-text>`}
        </mj-column>
      </mj-section>
      ${sections}
      <mj-section background-color="#ffffff" padding="16px 24px 24px">
        <mj-column><mj-button href="${escapeHtml(model.dashboardUrl)}" background-color="#1d39c4" align="left">${escapeHtml(messages.open)}</mj-button></mj-column>
      </mj-section>
      <mj-section padding="12px 24px">
        <mj-column>
          <mj-text font-size="12px" color="#8c8c8c">${escapeHtml(messages.footer)}${
            model.unsubscribeUrl
              ? ` <a href="${escapeHtml(model.unsubscribeUrl)}" style="color:#8c8c8c">${escapeHtml(messages.unsubscribe)}</a>`
              : ''
          }</mj-text>
        </mj-column>
      </mj-section>
    </mj-body>
  </mjml>`;
  const { html, errors } = await mjml2html(markup, { validationLevel: 'strict' });
  if (errors.length)
    throw new Error(
      `Digest template is invalid: ${errors.map((error) => error.formattedMessage).join('; ')}`,
    );
  return html;
}

export async function renderDigest(model: DigestModel): Promise<RenderedEmail> {
  return {
    subject: DIGEST_MESSAGES[model.locale].subject(model.date, counts(model)),
    text: renderDigestText(model),
    html: await renderDigestHtml(model),
  };
}
