import { useQuery } from '@apollo/client/react';
import { API_KEYS } from '../graphql/api-keys.operations';

export const useApiKeys = () => {
  const { data, loading, error } = useQuery(API_KEYS);
  return { apiKeys: data?.apiKeys ?? [], loading, error };
};
