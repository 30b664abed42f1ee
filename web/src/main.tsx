import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/utrecht-css.ts';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './app/styles.css';
import { startI18n } from './i18n/i18n.ts';
import { featureTranslations } from './app/features.ts';
import { App } from './app/App.tsx';
import { queryClient } from './app/providers.tsx';
import { sessionQuery } from './lib/session.ts';

startI18n(featureTranslations());
// Who is here decides the menu, and the page is shown once that is known: ask at once, while the
// page's code and texts are still on their way, not when the layout first renders.
void queryClient.prefetchQuery(sessionQuery);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
