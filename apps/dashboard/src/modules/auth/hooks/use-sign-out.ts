import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { SIGN_OUT } from '../graphql/auth.operations';
import { endSession } from '../utils/refresh-session';

export const useSignOut = () => {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOutMutation, { loading }] = useMutation(SIGN_OUT);
  const signOut = useCallback(async () => {
    try {
      await signOutMutation();
    } finally {
      // Even when the server cannot be reached, this tab forgets the token and the cached data.
      endSession('signed-out');
      await client.clearStore();
      await navigate('/sign-in', { replace: true });
    }
  }, [client, navigate, signOutMutation]);
  return { signOut, loading };
};
