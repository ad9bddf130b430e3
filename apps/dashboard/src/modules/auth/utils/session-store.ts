import type { AuthPayloadFieldsFragment, ViewerFieldsFragment } from '../../../generated/graphql';

export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';

/** Why the user is signed out: the sign-in page says "your session expired" only for `expired`. */
export type SignedOutReason = 'none' | 'signed-out' | 'expired';

export type SessionState = {
  status: SessionStatus;
  viewer: ViewerFieldsFragment | null;
  signedOutReason: SignedOutReason;
};

type Listener = () => void;

// The access token lives only in this module's memory — never in localStorage — so a script
// injected into the page cannot read it from storage, and closing the tab forgets it.
let accessToken: string | null = null;
let expiresAtMs = 0;
let state: SessionState = { status: 'restoring', viewer: null, signedOutReason: 'none' };
const listeners = new Set<Listener>();

const publish = (next: SessionState) => {
  state = next;
  listeners.forEach((listener) => listener());
};

export const sessionStore = {
  getState: (): SessionState => state,

  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  getAccessToken: (): string | null => accessToken,

  /** Milliseconds until the access token expires (negative once it has). */
  millisecondsLeft: (now: number = Date.now()): number => expiresAtMs - now,

  signIn: (payload: AuthPayloadFieldsFragment): void => {
    accessToken = payload.token;
    expiresAtMs = new Date(payload.expiresAt).getTime();
    publish({ status: 'signed-in', viewer: payload.viewer, signedOutReason: 'none' });
  },

  signOut: (reason: SignedOutReason = 'signed-out'): void => {
    accessToken = null;
    expiresAtMs = 0;
    publish({ status: 'signed-out', viewer: null, signedOutReason: reason });
  },
};
