import { useTranslation } from 'react-i18next';
import { type AppLocale, DEFAULT_LOCALE, normalizeLocale } from '../utils/locales';

export const useLocale = (): AppLocale => {
  const { i18n } = useTranslation();
  return normalizeLocale(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LOCALE;
};
