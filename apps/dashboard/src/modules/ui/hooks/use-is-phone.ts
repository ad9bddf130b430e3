import { useSyncExternalStore } from 'react';

/** A phone: narrower than antd's `sm` breakpoint (576 px), as the stylesheet's phone rules. */
export const PHONE_QUERY = '(max-width: 575.98px)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const isPhoneNow = () => window.matchMedia(PHONE_QUERY).matches;

/**
 * Whether the screen is a phone's, right from the first render (antd's `Grid.useBreakpoint` says
 * nothing until after it), so a desktop never draws the phone layout for a frame, nor the reverse.
 */
export const useIsPhone = () => useSyncExternalStore(subscribe, isPhoneNow, () => false);
