import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/**
 * The page's filters live in the URL (bookmarkable, shareable, back-button friendly). `setParams`
 * writes several at once and drops empty ones.
 */
export const useUrlParams = () => {
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const setParams = useCallback(
    (
      changes: Record<string, string | number | null | undefined>,
      { replace = false }: { replace?: boolean } = {},
    ) => {
      // Start from the address bar, not this render's params: two quick changes (a select, then
      // a number field) must not overwrite each other before React re-renders.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      const search = next.toString();
      // Typing into a number field replaces the entry instead of adding one per keystroke.
      navigate({ pathname, search: search ? `?${search}` : '' }, { replace });
    },
    [navigate, pathname],
  );
  return { searchParams, setParams };
};
