import { Suspense } from 'react';
import { AppProviders } from './providers.tsx';
import { AppRouter } from './router.tsx';
import { FEATURES } from './features.ts';
import { NavEntriesContext } from '../lib/nav-entries.ts';

/** Every feature's menu and footer entries: for the menu, the footer, and pages that list them (/beheer). */
const NAV_ENTRIES = FEATURES.flatMap((feature) => feature.nav ?? []);

export function App() {
  return (
    <AppProviders>
      <NavEntriesContext.Provider value={NAV_ENTRIES}>
        {/* The layout itself waits for the chosen language's common texts (all but Dutch are loaded
          on demand); a boundary at the root, because Preact, unlike React, has none of its own. */}
        <Suspense fallback={null}>
          <AppRouter />
        </Suspense>
      </NavEntriesContext.Provider>
    </AppProviders>
  );
}
