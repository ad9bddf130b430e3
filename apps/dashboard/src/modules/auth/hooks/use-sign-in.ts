import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { LoginInput } from '../../../generated/graphql';
import { LOGIN } from '../graphql/auth.operations';
import { useStartSession } from './use-start-session';

export const useSignIn = () => {
  const [login, { loading }] = useMutation(LOGIN);
  const startSession = useStartSession();
  const signIn = useCallback(
    async (input: LoginInput) => {
      const { data } = await login({ variables: { input } });
      if (data) await startSession(data.login);
    },
    [login, startSession],
  );
  return { signIn, loading };
};
