import { useEffect, useState } from 'react';

/** The current time, updated every `intervalMs` and exactly at `until` (when given). */
export function useNow(intervalMs: number, until?: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    let deadline: ReturnType<typeof setTimeout> | undefined;
    if (until !== undefined && until > Date.now())
      deadline = setTimeout(() => setNow(Date.now()), until - Date.now() + 50);
    return () => {
      clearInterval(timer);
      if (deadline) clearTimeout(deadline);
    };
  }, [intervalMs, until]);
  return now;
}
