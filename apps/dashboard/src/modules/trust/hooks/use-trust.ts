import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { refreshSession } from '../../auth/utils/refresh-session';
import {
  CONFIRM_TWO_FACTOR,
  DATA_EXPORTS,
  DELETE_AGENCY,
  DISABLE_TWO_FACTOR,
  REQUEST_DATA_EXPORT,
  REVOKE_SIGN_IN_SESSION,
  SIGN_IN_SESSIONS,
  START_TWO_FACTOR_SETUP,
} from '../graphql/trust.operations';

/** Setting two-factor sign-in up, on and off; the viewer is renewed so `twoFactorEnabled` shows. */
export const useTwoFactor = () => {
  const [start, { loading: starting }] = useMutation(START_TWO_FACTOR_SETUP);
  const [confirm, { loading: confirming }] = useMutation(CONFIRM_TWO_FACTOR);
  const [disable, { loading: disabling }] = useMutation(DISABLE_TWO_FACTOR);
  return {
    start: useCallback(async () => (await start()).data!.startTwoFactorSetup, [start]),
    confirm: useCallback(
      async (code: string) => {
        const codes = (await confirm({ variables: { code } })).data!.confirmTwoFactor;
        await refreshSession('expired');
        return codes;
      },
      [confirm],
    ),
    disable: useCallback(
      async (code: string) => {
        await disable({ variables: { code } });
        await refreshSession('expired');
      },
      [disable],
    ),
    loading: starting || confirming || disabling,
  };
};

export const useSignInSessions = () => {
  const { data, loading, error, refetch } = useQuery(SIGN_IN_SESSIONS, {
    fetchPolicy: 'cache-and-network',
  });
  const [revoke, { loading: revoking }] = useMutation(REVOKE_SIGN_IN_SESSION);
  const revokeSession = useCallback(
    async (id: string) => {
      await revoke({ variables: { id } });
      await refetch();
    },
    [revoke, refetch],
  );
  const revokeOthers = useCallback(async () => {
    for (const session of data?.signInSessions ?? [])
      if (!session.current) await revoke({ variables: { id: session.id } });
    await refetch();
  }, [data, revoke, refetch]);
  return {
    sessions: data?.signInSessions ?? [],
    loading,
    error,
    revokeSession,
    revokeOthers,
    revoking,
  };
};

export const useDataExports = () => {
  // DataExportCard looks again every few seconds while one is being built.
  const { data, loading, error, refetch } = useQuery(DATA_EXPORTS, {
    fetchPolicy: 'cache-and-network',
  });
  const [request, { loading: requesting }] = useMutation(REQUEST_DATA_EXPORT);
  return {
    exports: data?.dataExports ?? [],
    loading,
    error,
    refetch,
    requesting,
    requestExport: useCallback(async () => {
      await request();
      await refetch();
    }, [request, refetch]),
  };
};

export const useDeleteAgency = () => {
  const [mutate, { loading }] = useMutation(DELETE_AGENCY);
  return {
    deleteAgency: useCallback(
      async (confirmName: string) => {
        await mutate({ variables: { confirmName } });
      },
      [mutate],
    ),
    loading,
  };
};
