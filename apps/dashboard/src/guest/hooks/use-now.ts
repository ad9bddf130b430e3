import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` (a countdown in minutes needs no faster tick). */
export const useNow = (intervalMs = 15_000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
};
