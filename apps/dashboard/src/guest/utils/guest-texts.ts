// The guest pages' wording: their own locale files (the dashboard does not load them; the locale
// test keeps zh-CN and en in step), plus the few sections of the dashboard's wording they share
// (checklist items, cities, document types): named imports of those keep the rest of the
// dashboard's wording out of the guest bundle.
import {
  checklist as checklistEn,
  cities as citiesEn,
  documentsTimeline as documentsTimelineEn,
  sites as sitesEn,
} from '../../locales/en.json';
import {
  checklist as checklistZh,
  cities as citiesZh,
  documentsTimeline as documentsTimelineZh,
  sites as sitesZh,
} from '../../locales/zh-CN.json';
import guestEn from '../locales/en.json';
import guestZh from '../locales/zh-CN.json';

export type GuestLocale = 'zh-CN' | 'en';

/** Chinese first; English only when the browser prefers English over any Chinese. */
export const pickGuestLocale = (languages: readonly string[]): GuestLocale => {
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
};

const WORDS = {
  'zh-CN': {
    guest: guestZh,
    checklist: checklistZh.items as Record<string, string>,
    cities: citiesZh as Record<string, string>,
    sites: sitesZh as Record<string, string>,
    documentTypes: documentsTimelineZh.types as Record<string, string>,
  },
  en: {
    guest: guestEn,
    checklist: checklistEn.items as Record<string, string>,
    cities: citiesEn as Record<string, string>,
    sites: sitesEn as Record<string, string>,
    documentTypes: documentsTimelineEn.types as Record<string, string>,
  },
};

export type GuestWords = (typeof WORDS)['zh-CN'];

export const guestWords = (locale: GuestLocale): GuestWords => WORDS[locale];

/** Fills "{{name}}" placeholders, as the dashboard's i18next does. */
export const fill = (text: string, values: Record<string, string | number> = {}): string =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
