import { print } from 'graphql';
import type { AuthPayloadFieldsFragment } from '../../../generated/graphql';
import { REFRESH_SESSION } from '../graphql/auth.operations';
import { sessionStore, type SignedOutReason } from './session-store';

export const GRAPHQL_ENDPOINT = '/graphql';

// Renew this long before the access token expires.
export const REFRESH_MARGIN_MS = 60_000;

type RefreshResponse = { data?: { refreshSession?: AuthPayloadFieldsFragment } | null };

let inFlight: Promise<boolean> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

const requestRefresh = async (): Promise<AuthPayloadFieldsFragment | null> => {
  // A plain fetch, outside Apollo's links, so a failed refresh cannot trigger another refresh.
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      operationName: 'RefreshSession',
      query: print(REFRESH_SESSION),
      variables: {},
    }),
  });
  const body = (await response.json()) as RefreshResponse;
  return body.data?.refreshSession ?? null;
};

/** Schedules the next renewal a minute before the access token expires. */
export const scheduleRefresh = (): void => {
  clearTimeout(timer);
  if (sessionStore.getState().status !== 'signed-in') return;
  const delay = Math.max(sessionStore.millisecondsLeft() - REFRESH_MARGIN_MS, 5_000);
  timer = setTimeout(() => {
    void refreshSession('expired');
  }, delay);
};

/** Keeps a freshly signed-in session in memory and renews it before it expires. */
export const startSession = (payload: AuthPayloadFieldsFragment): void => {
  sessionStore.signIn(payload);
  scheduleRefresh();
};

export const endSession = (reason: SignedOutReason): void => {
  clearTimeout(timer);
  sessionStore.signOut(reason);
};

/**
 * Trades the httpOnly session cookie for a new access token. Concurrent callers share one request,
 * because each refresh rotates the cookie. Resolves whether the session is still alive.
 */
export const refreshSession = (
  reasonWhenEnded: 'expired' | 'none' = 'expired',
): Promise<boolean> => {
  inFlight ??= requestRefresh()
    .catch(() => null)
    .then((payload) => {
      if (payload) {
        startSession(payload);
        return true;
      }
      // The first restore runs while the sign-in form is already open: a sign-in made meanwhile
      // stands.
      if (reasonWhenEnded === 'none' && sessionStore.getState().status === 'signed-in') return true;
      endSession(reasonWhenEnded);
      return false;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
};

/** The access token for the next request, renewed first when it is about to expire. */
export const freshAccessToken = async (): Promise<string | null> => {
  if (sessionStore.getAccessToken() && sessionStore.millisecondsLeft() < 30_000) {
    await refreshSession('expired');
  }
  return sessionStore.getAccessToken();
};
