import { Navigate, Outlet, useSearchParams } from 'react-router';
import { useSession } from '../hooks/use-session';
import { safeRedirectPath } from '../utils/safe-redirect';

/** Sign-in and sign-up: someone already signed in goes on to where they were headed. */
export const PublicOnly = () => {
  const { status } = useSession();
  const [searchParams] = useSearchParams();
  if (status === 'signed-in')
    return <Navigate to={safeRedirectPath(searchParams.get('next'))} replace />;
  return <Outlet />;
};
