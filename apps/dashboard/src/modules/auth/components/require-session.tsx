import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../hooks/use-session';
import { FullPageSpinner } from './full-page-spinner';

/** Routes behind it need a session; without one, the sign-in page remembers where you were going. */
export const RequireSession = () => {
  const { status, signedOutReason, viewer } = useSession();
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
  // The agency requires two-factor sign-in of OWNERs and ADMINs: until it is on, the API answers
  // nothing else (TWO_FACTOR_SETUP_REQUIRED), so the profile page with its setup is the only page.
  const mustSetUp =
    viewer?.agency.requireTwoFactor &&
    (viewer.role === 'OWNER' || viewer.role === 'ADMIN') &&
    !viewer.user.twoFactorEnabled;
  if (mustSetUp && location.pathname !== '/settings/profile')
    return <Navigate to="/settings/profile" replace />;
  return <Outlet />;
};
