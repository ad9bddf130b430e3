import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { REMOVE_MEMBER } from '../graphql/members.operations';

export const useRemoveMember = () => {
  const [removeMutation, { loading }] = useMutation(REMOVE_MEMBER, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Member', id: data.removeMember.id }) });
      cache.gc();
    },
  });
  const removeMember = useCallback(
    async (id: string) => {
      await removeMutation({ variables: { id } });
    },
    [removeMutation],
  );
  return { removeMember, loading };
};
