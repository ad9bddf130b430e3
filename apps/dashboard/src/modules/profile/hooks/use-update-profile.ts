import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { UpdateProfileInput } from '../../../generated/graphql';
import { refreshSession } from '../../auth/utils/refresh-session';
import { UPDATE_PROFILE } from '../graphql/profile.operations';
import { evictDigestPreview } from '../../apollo/utils/cache-eviction';

export const useUpdateProfile = () => {
  const [mutate, { loading }] = useMutation(UPDATE_PROFILE, {
    // The digest preview is written in the reader's language and zone.
    update: evictDigestPreview,
  });
  const updateProfile = useCallback(
    async (input: UpdateProfileInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('updateProfile returned no data');
      // Names and zones on screen come from the session's viewer: renew it.
      await refreshSession('expired');
      return data.updateProfile;
    },
    [mutate],
  );
  return { updateProfile, loading };
};
