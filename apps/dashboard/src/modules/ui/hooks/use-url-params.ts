import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The page's filters live in the URL (bookmarkable, shareable, back-button friendly). `setParams`
 * writes several at once and drops empty ones.
 */
export const useUrlParams = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const setParams = useCallback(
    (
      changes: Record<string, string | number | null | undefined>,
      { replace = false }: { replace?: boolean } = {},
    ) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        // Typing into a number field replaces the entry instead of adding one per keystroke.
        { replace },
      );
    },
    [setSearchParams],
  );
  return { searchParams, setParams };
};
