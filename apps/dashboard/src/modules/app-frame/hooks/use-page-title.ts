import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title, e.g. "成员 · VeriDesk". */
export const usePageTitle = (title: string) => {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.shortName')}`;
  }, [title, t]);
};
