import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { SignUpInput } from '../../../generated/graphql';
import { SIGN_UP } from '../graphql/auth.operations';
import { useStartSession } from './use-start-session';

export const useSignUp = () => {
  const [signUpMutation, { loading }] = useMutation(SIGN_UP);
  const startSession = useStartSession();
  const signUp = useCallback(
    async (input: SignUpInput) => {
      const { data } = await signUpMutation({ variables: { input } });
      if (data) await startSession(data.signUp);
    },
    [signUpMutation, startSession],
  );
  return { signUp, loading };
};
