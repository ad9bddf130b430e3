/** Where to go after signing in: only a path inside the app, never another origin. */
export const safeRedirectPath = (next: string | null | undefined, fallback = '/'): string => {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return fallback;
  if (next.startsWith('/sign-in') || next.startsWith('/sign-up')) return fallback;
  return next;
};
