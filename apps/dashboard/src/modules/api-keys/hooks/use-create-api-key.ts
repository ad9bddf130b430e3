import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CreateApiKeyInput } from '../../../generated/graphql';
import { CREATE_API_KEY } from '../graphql/api-keys.operations';

export const useCreateApiKey = () => {
  const [createMutation, { loading }] = useMutation(CREATE_API_KEY, {
    // The new key is already normalised from the result; put it at the top of the cached list.
    update: (cache, { data }) => {
      if (!data) return;
      const id = data.createApiKey.apiKey.id;
      cache.modify<{ apiKeys: Reference[] }>({
        fields: {
          apiKeys: (existing, { readField, toReference }) => {
            const created = toReference({ __typename: 'ApiKey', id });
            if (!created || existing.some((reference) => readField('id', reference) === id))
              return existing;
            return [created, ...existing];
          },
        },
      });
    },
  });
  const createApiKey = useCallback(
    async (input: CreateApiKeyInput) => {
      const { data } = await createMutation({ variables: { input } });
      if (!data) throw new Error('createApiKey returned no data');
      return data.createApiKey;
    },
    [createMutation],
  );
  return { createApiKey, loading };
};
