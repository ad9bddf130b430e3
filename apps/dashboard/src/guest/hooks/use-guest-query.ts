import { useCallback, useEffect, useState } from 'react';
import { GuestApiError, guestRequest } from '../utils/guest-api';

type GuestQuery<T> = {
  data: T | null;
  errorCode: string | null;
  reload: () => void;
  replace: (next: T) => void;
};

/** Loads one guest query once (and on reload); `replace` takes a mutation's fresher answer. */
export const useGuestQuery = <T, R>(
  query: string,
  token: string,
  pick: (answer: R) => T,
): GuestQuery<T> => {
  const [data, setData] = useState<T | null>(null);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    guestRequest<R>(query, { token })
      .then((answer) => {
        if (!cancelled) setData(pick(answer));
      })
      .catch((error: unknown) => {
        if (!cancelled) setErrorCode(error instanceof GuestApiError ? error.code : 'NETWORK_ERROR');
      });
    return () => {
      cancelled = true;
    };
    // `pick` is a plain accessor; the query runs again only for another token or a reload.
  }, [query, token, attempt]);

  const reload = useCallback(() => {
    setErrorCode(null);
    setAttempt((value) => value + 1);
  }, []);

  return { data, errorCode, reload, replace: setData };
};
