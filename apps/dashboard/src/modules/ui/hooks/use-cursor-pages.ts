import { useCallback, useState } from 'react';

/**
 * Forward cursor pagination with a way back: remembers the cursor each visited page started
 * after. A new `resetKey` (another filter) starts again at page 1.
 */
export const useCursorPages = (resetKey: string) => {
  const [state, setState] = useState<{ key: string; cursors: Array<string | null> }>({
    key: resetKey,
    cursors: [null],
  });
  const cursors = state.key === resetKey ? state.cursors : [null];
  if (state.key !== resetKey) setState({ key: resetKey, cursors: [null] });

  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (!endCursor) return;
      setState((current) => ({ key: resetKey, cursors: [...current.cursors, endCursor] }));
    },
    [resetKey],
  );
  const previous = useCallback(() => {
    setState((current) => ({
      key: resetKey,
      cursors: current.cursors.length > 1 ? current.cursors.slice(0, -1) : current.cursors,
    }));
  }, [resetKey]);

  return { after: cursors[cursors.length - 1] ?? null, page: cursors.length, next, previous };
};
