import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../hooks/use-session';
import { FullPageSpinner } from './full-page-spinner';

/** Routes behind it need a session; without one, the sign-in page remembers where you were going. */
export const RequireSession = () => {
  const { status, signedOutReason } = useSession();
  const location = useLocation();
  if (status === 'restoring') return <FullPageSpinner />;
  if (status !== 'signed-in') {
    const params = new URLSearchParams();
    const here = `${location.pathname}${location.search}`;
    if (here !== '/') params.set('next', here);
    if (signedOutReason === 'expired') params.set('expired', '1');
    const query = params.toString();
    return <Navigate to={`/sign-in${query ? `?${query}` : ''}`} replace />;
  }
  return <Outlet />;
};
