import { type ReactNode, useEffect } from 'react';
import { refreshSession } from '../utils/refresh-session';
import { sessionStore } from '../utils/session-store';

/**
 * On load, trades the session cookie for an access token (main.tsx starts it before the first
 * render; this joins it). Signed-in pages wait for it (RequireSession); the sign-in and sign-up
 * forms show meanwhile, and move on should a session turn out to exist (PublicOnly).
 */
export const SessionRestorer = ({ children }: { children: ReactNode }) => {
  // Only the first mount restores; later sign-ins and sign-outs set the status themselves.
  useEffect(() => {
    if (sessionStore.getState().status === 'restoring') void refreshSession('none');
  }, []);
  return children;
};
