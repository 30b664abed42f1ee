import { useEffect, useState, type ReactNode } from 'react';
import { useIsFetching } from '@tanstack/react-query';
import { Loading } from './Loading.tsx';

/**
 * Builds its children at once but shows them only when their first data has arrived (no query
 * fetching for a moment), with "Laden…" until then. A page of sections that each load their own
 * data would otherwise draw section by section, each one pushing the next down while the reader
 * is reading it. After the first time, background refreshes change nothing here.
 */
export function ShowWhenLoaded({ children }: { children: ReactNode }) {
  const fetching = useIsFetching();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (loaded || fetching > 0) return;
    // A section that appears with the first data starts its own query just after; wait a moment
    // so that one counts too.
    const timer = setTimeout(() => setLoaded(true), 50);
    return () => clearTimeout(timer);
  }, [fetching, loaded]);
  return (
    <>
      {!loaded && <Loading />}
      <div style={loaded ? undefined : { display: 'none' }}>{children}</div>
    </>
  );
}
