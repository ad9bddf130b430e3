import { useEffect } from 'react';
import type { ViewerFieldsFragment } from '../../../generated/graphql';
import { Navigate, Outlet, useSearchParams } from 'react-router';
import { useSession } from '../hooks/use-session';
import { safeRedirectPath } from '../utils/safe-redirect';

type PublicOnlyProps = {
  /** Runs once the form is on screen (the routes fetch the first signed-in page meanwhile). */
  onShown?: () => void;
  /** Runs as the session starts, with where the reader is headed (the routes start its queries). */
  onSignedIn?: (destination: string, viewer: ViewerFieldsFragment) => void;
};

/**
 * Sign-in and sign-up: someone already signed in goes on to where they were headed. The form shows
 * while the session is still being restored (SessionRestorer), and moves on if one is.
 */
export const PublicOnly = ({ onShown, onSignedIn }: PublicOnlyProps) => {
  const { status, viewer } = useSession();
  const [searchParams] = useSearchParams();
  const destination = safeRedirectPath(searchParams.get('next'));
  useEffect(() => onShown?.(), [onShown]);
  useEffect(() => {
    if (status === 'signed-in' && viewer) onSignedIn?.(destination, viewer);
  }, [status, viewer, destination, onSignedIn]);
  if (status === 'signed-in') return <Navigate to={destination} replace />;
  return <Outlet />;
};
