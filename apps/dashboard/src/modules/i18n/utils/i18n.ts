import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from '../../../locales/zh-CN.json';
import { type AppLocale, DEFAULT_LOCALE, readStoredLocale, storeLocale } from './locales';

type Translations = typeof zhCN;

// Chinese, the default, ships with the first screen; English loads when a reader has chosen it, so
// the first screen does not carry both languages (the initial-JS budget, `nx run dashboard:size`).
const LOADERS: Record<AppLocale, () => Promise<Translations>> = {
  'zh-CN': async () => zhCN,
  en: async () => (await import('../../../locales/en.json')).default,
};

const ensureLoaded = async (locale: AppLocale) => {
  if (i18next.hasResourceBundle(locale, 'translation')) return;
  i18next.addResourceBundle(locale, 'translation', await LOADERS[locale]());
};

/** Starts i18next in the stored (or default) language, once that language's strings are here. */
export const initI18n = async () => {
  const locale = readStoredLocale() ?? DEFAULT_LOCALE;
  const translations = await LOADERS[locale]();
  await i18next.use(initReactI18next).init({
    resources: {
      [DEFAULT_LOCALE]: { translation: zhCN },
      [locale]: { translation: translations },
    },
    // The other language is added when it is switched to.
    partialBundledLanguages: true,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['zh-CN', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
};

/** Switches the language; `persist` records an explicit choice so the profile's locale no longer overrides it. */
export const changeLocale = async (locale: AppLocale, { persist }: { persist: boolean }) => {
  if (persist) storeLocale(locale);
  await ensureLoaded(locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
};
