export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: AppLocale = 'zh-CN';
export const LOCALE_STORAGE_KEY = 'veridesk.locale';

/** Maps anything a browser or the API might say ("en-US", "zh", "zh-Hans-CN") to a locale we ship. */
export const normalizeLocale = (value: string | null | undefined): AppLocale | null => {
  if (!value) return null;
  const lower = value.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return null;
};

const storage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage can be switched off (privacy mode); the choice then lasts for the tab only.
    return null;
  }
};

export const readStoredLocale = (): AppLocale | null =>
  normalizeLocale(storage()?.getItem(LOCALE_STORAGE_KEY));

export const storeLocale = (locale: AppLocale): void => {
  storage()?.setItem(LOCALE_STORAGE_KEY, locale);
};
