import { useCallback } from 'react';
import { useSession } from '../../auth/hooks/use-session';
import { formatDateTime } from '../../ui/utils/dates';
import { useLocale } from './use-locale';

/** Formats instants in the signed-in user's own time zone and language. */
export const useFormatDateTime = () => {
  const locale = useLocale();
  const timeZone = useSession().viewer?.user.timeZone;
  return useCallback((iso: string) => formatDateTime(iso, locale, timeZone), [locale, timeZone]);
};
