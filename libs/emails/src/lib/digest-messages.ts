import type { DigestSectionKind, EmailLocale } from './digest-model';

type Messages = {
  sectionTitle: Record<DigestSectionKind, string>;
  subject: (date: string, counts: Record<DigestSectionKind, number>) => string;
  greeting: (name: string) => string;
  intro: (agency: string) => string;
  nothing: string;
  open: string;
  footer: string;
  unsubscribe: string;
  deadline: (entity: string, site: string) => string;
  deadlineDetail: (deadlineLocal: string, hours: number) => string;
  appointment: (entity: string, site: string) => string;
  appointmentDetail: (
    siteLocal: string,
    siteZone: string,
    readerLocal: string,
    readerZone: string,
  ) => string;
  failure: (entity: string, site: string, outcome: string) => string;
  failureDetail: (when: string, reasons: string[]) => string;
  expiring: (entity: string, documentType: string) => string;
  expiringDetail: (expiresOn: string, days: number, stores: string[]) => string;
  restricted: (entity: string, store: string, site: string) => string;
  restrictedDetail: (status: string, modules: string[], freezeUntil: string | null) => string;
};

const zh: Messages = {
  sectionTitle: {
    deadlines: '72 小时内截止或已逾期的视频认证',
    appointments: '48 小时内的视频认证预约',
    failures: '过去 24 小时未通过的认证',
    expiring: '已过期或即将到期的证照',
    restricted: '受限店铺',
  },
  subject: (date, counts) => {
    const parts = [
      counts.deadlines && `${counts.deadlines} 个认证截止`,
      counts.appointments && `${counts.appointments} 个预约`,
      counts.failures && `${counts.failures} 个未通过`,
      counts.expiring && `${counts.expiring} 份证照到期`,
      counts.restricted && `${counts.restricted} 家店铺受限`,
    ].filter(Boolean);
    return `VeriDesk 每日摘要 ${date}：${parts.join('，') || '今日无待办'}`;
  },
  greeting: (name) => `${name}，早上好：`,
  intro: (agency) => `以下是 ${agency} 今天需要您关注的事项。`,
  nothing: '今天没有需要处理的事项。',
  open: '打开 VeriDesk',
  footer: '此邮件由 VeriDesk 自动发送。',
  unsubscribe: '不再接收每日摘要',
  deadline: (entity, site) => `${entity} · ${site} 站点视频认证`,
  deadlineDetail: (deadline, hours) =>
    hours < 0
      ? `已逾期 ${Math.abs(Math.round(hours))} 小时（截止 ${deadline}）`
      : `截止 ${deadline}，剩余 ${Math.round(hours)} 小时`,
  appointment: (entity, site) => `${entity} · ${site} 站点视频认证`,
  appointmentDetail: (siteLocal, siteZone, readerLocal, readerZone) =>
    `站点时间 ${siteLocal}（${siteZone}）= 您的时间 ${readerLocal}（${readerZone}）`,
  failure: (entity, site, outcome) => `${entity} · ${site} 站点认证${outcome}`,
  failureDetail: (when, reasons) =>
    `${when}${reasons.length ? `，原因：${reasons.join('、')}` : ''}`,
  expiring: (entity, documentType) => `${entity} · ${documentType}`,
  expiringDetail: (expiresOn, days, stores) =>
    `${days < 0 ? `已于 ${expiresOn} 过期` : days === 0 ? `今天（${expiresOn}）到期` : `${expiresOn} 到期（${days} 天后）`}${stores.length ? `，影响店铺：${stores.join('、')}` : ''}`,
  restricted: (entity, store, site) => `${entity} · ${store}（${site}）`,
  restrictedDetail: (status, modules, freezeUntil) =>
    `${status}${modules.length ? `，受限功能：${modules.join('、')}` : ''}${freezeUntil ? `，冻结至 ${freezeUntil}` : ''}`,
};

const en: Messages = {
  sectionTitle: {
    deadlines: 'Video verifications due within 72 hours or overdue',
    appointments: 'Video-call appointments in the next 48 hours',
    failures: 'Calls that did not pass in the last 24 hours',
    expiring: 'Documents expired or expiring soon',
    restricted: 'Restricted stores',
  },
  subject: (date, counts) => {
    const parts = [
      counts.deadlines && `${counts.deadlines} due`,
      counts.appointments && `${counts.appointments} appointments`,
      counts.failures && `${counts.failures} failed`,
      counts.expiring && `${counts.expiring} documents expiring`,
      counts.restricted && `${counts.restricted} stores restricted`,
    ].filter(Boolean);
    return `VeriDesk digest ${date}: ${parts.join(', ') || 'nothing due today'}`;
  },
  greeting: (name) => `Good morning ${name},`,
  intro: (agency) => `here is what needs you today at ${agency}.`,
  nothing: 'Nothing needs you today.',
  open: 'Open VeriDesk',
  footer: 'Sent by VeriDesk.',
  unsubscribe: 'Stop these daily digests',
  deadline: (entity, site) => `${entity} · ${site} video verification`,
  deadlineDetail: (deadline, hours) =>
    hours < 0
      ? `Overdue by ${Math.abs(Math.round(hours))} h (deadline ${deadline})`
      : `Due ${deadline}, ${Math.round(hours)} h left`,
  appointment: (entity, site) => `${entity} · ${site} video verification`,
  appointmentDetail: (siteLocal, siteZone, readerLocal, readerZone) =>
    `${siteLocal} site time (${siteZone}) = ${readerLocal} your time (${readerZone})`,
  failure: (entity, site, outcome) => `${entity} · ${site} verification ${outcome}`,
  failureDetail: (when, reasons) =>
    `${when}${reasons.length ? `; reasons: ${reasons.join(', ')}` : ''}`,
  expiring: (entity, documentType) => `${entity} · ${documentType}`,
  expiringDetail: (expiresOn, days, stores) =>
    `${days < 0 ? `Expired on ${expiresOn}` : days === 0 ? `Expires today (${expiresOn})` : `Expires ${expiresOn} (in ${days} days)`}${stores.length ? `; affects ${stores.join(', ')}` : ''}`,
  restricted: (entity, store, site) => `${entity} · ${store} (${site})`,
  restrictedDetail: (status, modules, freezeUntil) =>
    `${status}${modules.length ? `; held: ${modules.join(', ')}` : ''}${freezeUntil ? `; frozen until ${freezeUntil}` : ''}`,
};

export const DIGEST_MESSAGES: Record<EmailLocale, Messages> = { 'zh-CN': zh, en };

/** The enums the digest names, each keyed on its own: the same value (OTHER) means different things in each. */
export type DigestTermKind =
  'attemptOutcome' | 'storeStatus' | 'storeModule' | 'documentType' | 'failureReason';

/** Enum values in the reader's words, by enum. */
export const DIGEST_TERMS: Record<EmailLocale, Record<DigestTermKind, Record<string, string>>> = {
  'zh-CN': {
    attemptOutcome: {
      FAILED: '未通过',
      NO_SHOW: '未接通',
      INTERRUPTED: '中断',
    },
    storeStatus: {
      RESTRICTED: '受限',
      FROZEN: '冻结',
      UNDER_REVIEW: '审核中',
      CLOSED: '已关闭',
    },
    storeModule: {
      PRODUCT_LISTING: '商品发布',
      ORDERS: '订单',
      FINANCE: '财务',
    },
    documentType: {
      RESIDENT_ID_CARD: '法人身份证',
      BUSINESS_LICENSE: '营业执照',
      TRADEMARK_CERTIFICATE: '商标证书',
      PRODUCT_FILING: '产品备案',
      ISO_CERTIFICATE: 'ISO 证书',
      BANK_ACCOUNT_PROOF: '银行开户证明',
      DTI_REGISTRATION: 'DTI 注册',
      TAX_REGISTRATION: '税务登记',
      AUTHORIZATION_LETTER: '授权书',
      OTHER: '其他文件',
    },
    failureReason: {
      DOCUMENT_BLURRY: '证件模糊',
      AUDIO_UNCLEAR: '声音不清',
      ID_MISMATCH: '身份与注册信息不符',
      LICENSE_EXPIRED: '执照过期',
      SCOPE_MISSING_CATEGORY: '经营范围缺少类目',
      NETWORK_LATENCY: '网络延迟',
      WRONG_PERSON: '非本人',
      SCREEN_SWITCH: '切换屏幕',
      OTHER: '其他',
    },
  },
  en: {
    attemptOutcome: {
      FAILED: 'failed',
      NO_SHOW: 'missed (no show)',
      INTERRUPTED: 'interrupted',
    },
    storeStatus: {
      RESTRICTED: 'Restricted',
      FROZEN: 'Frozen',
      UNDER_REVIEW: 'Under review',
      CLOSED: 'Closed',
    },
    storeModule: {
      PRODUCT_LISTING: 'Product listing',
      ORDERS: 'Orders',
      FINANCE: 'Finance',
    },
    documentType: {
      RESIDENT_ID_CARD: 'ID card',
      BUSINESS_LICENSE: 'Business licence',
      TRADEMARK_CERTIFICATE: 'Trademark certificate',
      PRODUCT_FILING: 'Product filing',
      ISO_CERTIFICATE: 'ISO certificate',
      BANK_ACCOUNT_PROOF: 'Bank account proof',
      DTI_REGISTRATION: 'DTI registration',
      TAX_REGISTRATION: 'Tax registration',
      AUTHORIZATION_LETTER: 'Authorization letter',
      OTHER: 'Other document',
    },
    failureReason: {
      DOCUMENT_BLURRY: 'blurry document',
      AUDIO_UNCLEAR: 'unclear audio',
      ID_MISMATCH: 'ID does not match registration',
      LICENSE_EXPIRED: 'licence expired',
      SCOPE_MISSING_CATEGORY: 'scope misses a category',
      NETWORK_LATENCY: 'network latency',
      WRONG_PERSON: 'wrong person',
      SCREEN_SWITCH: 'screen switching',
      OTHER: 'other',
    },
  },
};

/** One enum value in the reader's words (the value itself if the digest has no word for it). */
export const digestTerm = (locale: EmailLocale, kind: DigestTermKind, value: string): string =>
  DIGEST_TERMS[locale][kind][value] ?? value;
