import { type ReactNode, useEffect } from 'react';
import { useSession } from '../hooks/use-session';
import { refreshSession } from '../utils/refresh-session';
import { sessionStore } from '../utils/session-store';
import { FullPageSpinner } from './full-page-spinner';

/** On load, trades the session cookie for an access token before any page decides who you are. */
export const SessionRestorer = ({ children }: { children: ReactNode }) => {
  const { status } = useSession();
  // Only the first mount restores; later sign-ins and sign-outs set the status themselves.
  useEffect(() => {
    if (sessionStore.getState().status === 'restoring') void refreshSession('none');
  }, []);
  if (status === 'restoring') return <FullPageSpinner />;
  return children;
};
