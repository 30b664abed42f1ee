import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './precompress.ts';
import { pruneUnusedTokensPlugin } from './prune-unused-tokens.ts';
import { shakeableUtrecht } from './shakeable-utrecht.ts';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
/** The design-token theme, imported by src/main.tsx. */
const THEME = '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';

/** The web app: built into web/dist, which the Fastify server serves. `vite --config web/vite.config.ts` for development. */
export default defineConfig({
  root: webRoot,
  // pruneUnusedTokensPlugin: only the design tokens the shipped CSS reads (decision 0055).
  // precompress: .br and .gz copies of the build's text files, which the server sends as they are.
  plugins: [react(), shakeableUtrecht(), pruneUnusedTokensPlugin(THEME, path.join(webRoot, 'src')), precompress()],
  resolve: {
    // React's API on Preact (decision 0054): the same components in about 12 KB instead of 60 KB of
    // compressed JavaScript, which is what keeps the home page's first load within its 100 KB budget.
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: path.join(webRoot, 'dist'),
    emptyOutDir: true,
    // WEB_SOURCEMAP=1 for profiling: maps a slow function back to its source file.
    sourcemap: process.env.WEB_SOURCEMAP === '1',
    rolldownOptions: {
      // Brotli at its best quality takes a few seconds in precompress's writeBundle; that is
      // expected, not worth a warning on every build.
      checks: { bundlerTimings: false },
      treeshake: {
        // The Utrecht React packages have no side effects but do not say so; without this the
        // whole component library lands in the bundle. CSS files always keep their side effects.
        moduleSideEffects: (id: string) => !/node_modules\/@utrecht\/[^/]+-react\//.test(id) || id.endsWith('.css'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
