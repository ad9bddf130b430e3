import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { UpdateAgencyInput } from '../../../generated/graphql';
import { refreshSession } from '../../auth/utils/refresh-session';
import { evictPortfolioViews } from '../../apollo/utils/cache-eviction';
import { AGENCY_SETTINGS, UPDATE_AGENCY } from '../graphql/agency-settings.operations';

export const useAgencySettings = () => {
  const { data, loading, error } = useQuery(AGENCY_SETTINGS);
  return { agency: data?.me.agency ?? null, loading, error };
};

export const useUpdateAgency = () => {
  // The Agency is normalised by id, so the form's query updates from the answer.
  const [mutate, { loading }] = useMutation(UPDATE_AGENCY, {
    update: (cache) => {
      // The warning window and "today" change every document's status and days left.
      evictPortfolioViews(cache, { everyEntity: true });
    },
  });
  const updateAgency = useCallback(
    async (input: UpdateAgencyInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('updateAgency returned no data');
      // The header shows the agency's name from the session: renew it to show the new one.
      await refreshSession('expired');
      return data.updateAgency;
    },
    [mutate],
  );
  return { updateAgency, loading };
};
