import { useSyncExternalStore } from 'react';
import { type SessionState, sessionStore } from '../utils/session-store';

export const useSession = (): SessionState =>
  useSyncExternalStore(sessionStore.subscribe, sessionStore.getState, sessionStore.getState);
