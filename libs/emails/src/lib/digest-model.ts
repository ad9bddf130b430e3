export type EmailLocale = 'zh-CN' | 'en';

export const DIGEST_SECTION_KINDS = [
  'deadlines',
  'appointments',
  'failures',
  'expiring',
  'restricted',
] as const;
export type DigestSectionKind = (typeof DIGEST_SECTION_KINDS)[number];

export type DigestItem = { kind: string; title: string; detail: string; link: string | null };
export type DigestSection = { kind: DigestSectionKind; title: string; items: DigestItem[] };

/** Everything a digest email shows, already worded in the reader's language. */
export type DigestModel = {
  locale: EmailLocale;
  readerName: string;
  agencyName: string;
  /** The reader's local date, YYYY-MM-DD. */
  date: string;
  dashboardUrl: string;
  sections: DigestSection[];
  /** Signed link that turns the digest off without signing in; absent in previews. */
  unsubscribeUrl?: string | null;
};

export type RenderedEmail = { subject: string; text: string; html: string };
