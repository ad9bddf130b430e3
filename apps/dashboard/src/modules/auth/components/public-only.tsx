import { useEffect } from 'react';
import { Navigate, Outlet, useSearchParams } from 'react-router';
import { useSession } from '../hooks/use-session';
import { safeRedirectPath } from '../utils/safe-redirect';

/**
 * Sign-in and sign-up: someone already signed in goes on to where they were headed. `onShown` runs
 * once the form is on screen (the routes fetch the first signed-in page meanwhile).
 */
export const PublicOnly = ({ onShown }: { onShown?: () => void }) => {
  const { status } = useSession();
  const [searchParams] = useSearchParams();
  useEffect(() => onShown?.(), [onShown]);
  if (status === 'signed-in')
    return <Navigate to={safeRedirectPath(searchParams.get('next'))} replace />;
  return <Outlet />;
};
