import { Suspense } from 'react';
import { AppProviders } from './providers.tsx';
import { AppRouter } from './router.tsx';

export function App() {
  return (
    <AppProviders>
      {/* The layout itself waits for the chosen language's common texts (all but Dutch are loaded
          on demand); a boundary at the root, because Preact, unlike React, has none of its own. */}
      <Suspense fallback={null}>
        <AppRouter />
      </Suspense>
    </AppProviders>
  );
}
