import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Site, VerificationStatus } from '../../../generated/graphql';

/** "all", a Member id, or null: the viewer's default (her own portfolio for a MANAGER). */
export type ManagerChoice = string | null;

export type EntityFilters = {
  search: string;
  site: Site | null;
  manager: ManagerChoice;
  verificationStatus: VerificationStatus | null;
  affectedWithinDays: number | null;
  includeArchived: boolean;
};

export const ALL_MANAGERS = 'all';

const KEYS: Record<keyof EntityFilters, string> = {
  search: 'q',
  site: 'site',
  manager: 'manager',
  verificationStatus: 'status',
  affectedWithinDays: 'within',
  includeArchived: 'archived',
};

// Cursors are base64url, so a dot can join the trail of earlier pages' cursors.
const TRAIL_SEPARATOR = '.';

/** Filters and the page cursor live in the URL, so a filtered page can be bookmarked or shared. */
export const useEntityFilters = () => {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<EntityFilters>(() => {
    const within = Number(params.get(KEYS.affectedWithinDays));
    return {
      search: params.get(KEYS.search) ?? '',
      site: (params.get(KEYS.site) as Site | null) ?? null,
      manager: params.get(KEYS.manager),
      verificationStatus:
        (params.get(KEYS.verificationStatus) as VerificationStatus | null) ?? null,
      affectedWithinDays: Number.isInteger(within) && within > 0 ? within : null,
      includeArchived: params.get(KEYS.includeArchived) === '1',
    };
  }, [params]);

  const after = params.get('after');
  const trail = useMemo(
    () => params.get('trail')?.split(TRAIL_SEPARATOR).filter(Boolean) ?? [],
    [params],
  );

  /** Changing a filter starts again at the first page. */
  const setFilter = useCallback(
    <K extends keyof EntityFilters>(key: K, value: EntityFilters[K]) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.delete('after');
        next.delete('trail');
        const name = KEYS[key];
        if (value === null || value === '' || value === false) next.delete(name);
        else next.set(name, value === true ? '1' : String(value));
        return next;
      });
    },
    [setParams],
  );

  const clearFilters = useCallback(() => setParams(new URLSearchParams()), [setParams]);

  const goToNextPage = useCallback(
    (endCursor: string) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        const earlier = after ? [...trail, after] : trail;
        if (earlier.length > 0) next.set('trail', earlier.join(TRAIL_SEPARATOR));
        next.set('after', endCursor);
        return next;
      });
    },
    [after, trail, setParams],
  );

  const goToPreviousPage = useCallback(() => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      const previous = trail.slice(0, -1);
      const cursor = trail.at(-1);
      if (cursor) next.set('after', cursor);
      else next.delete('after');
      if (previous.length > 0) next.set('trail', previous.join(TRAIL_SEPARATOR));
      else next.delete('trail');
      return next;
    });
  }, [trail, setParams]);

  return {
    filters,
    after,
    // Page 1 has no cursor; page n > 1 has the n − 2 cursors before its own in the trail.
    pageNumber: after ? trail.length + 2 : 1,
    setFilter,
    clearFilters,
    goToNextPage,
    goToPreviousPage,
  };
};
