import type { AppLocale } from './locales';

// One formatter per language and zone: building them is what costs, not formatting.
const formats = new Map<string, Intl.DateTimeFormat>();

/** "2026/11/29 14:05" (zh-CN) or "Nov 29, 2026, 2:05 PM" (en), in the given IANA zone. */
export const formatDateTime = (iso: string, locale: AppLocale, timeZone?: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${locale}|${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      hourCycle: locale === 'zh-CN' ? 'h23' : undefined,
      ...(timeZone ? { timeZone } : {}),
    });
    formats.set(key, format);
  }
  return format.format(date);
};
