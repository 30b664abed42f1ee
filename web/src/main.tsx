import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/utrecht-css.ts';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './app/styles.css';
import { startI18n } from './i18n/i18n.ts';
import { featureTranslations } from './app/features.ts';
import { App } from './app/App.tsx';

startI18n(featureTranslations());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
