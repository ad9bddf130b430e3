import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../../locales/en.json';
import zhCN from '../../../locales/zh-CN.json';
import { type AppLocale, DEFAULT_LOCALE, readStoredLocale, storeLocale } from './locales';

export const initI18n = () => {
  const locale = readStoredLocale() ?? DEFAULT_LOCALE;
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
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
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
};
