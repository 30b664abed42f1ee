import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './app/styles.css';
import './i18n/i18n.ts';
import { App } from './app/App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
