import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = path.dirname(fileURLToPath(import.meta.url));

/** The web app: built into web/dist, which the Fastify server serves. `vite --config web/vite.config.ts` for development. */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: path.join(webRoot, 'dist'),
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
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
