import type { ViewerFieldsFragment } from '../../../generated/graphql';
import { useSession } from './use-session';

/** The signed-in viewer; only for components rendered behind `RequireSession`. */
export const useViewer = (): ViewerFieldsFragment => {
  const { viewer } = useSession();
  if (!viewer)
    throw new Error('useViewer needs a signed-in session (render it inside RequireSession).');
  return viewer;
};
