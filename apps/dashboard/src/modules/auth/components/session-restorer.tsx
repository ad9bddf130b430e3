import { type ReactNode, useEffect } from 'react';
import { useSession } from '../hooks/use-session';
import { refreshSession } from '../utils/refresh-session';
import { FullPageSpinner } from './full-page-spinner';

/** On load, trades the session cookie for an access token before any page decides who you are. */
export const SessionRestorer = ({ children }: { children: ReactNode }) => {
  const { status } = useSession();
  useEffect(() => {
    if (status === 'restoring') void refreshSession('none');
    // Only the first render restores; later sign-ins and sign-outs change the status themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (status === 'restoring') return <FullPageSpinner />;
  return children;
};
