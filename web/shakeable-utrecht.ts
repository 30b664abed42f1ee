import type { Plugin } from 'vite';

/** The one file of @utrecht/component-library-react that holds every component. */
const LIBRARY = /node_modules\/@utrecht\/component-library-react\/dist\/index\.mjs$/;
/** `Heading.displayName = "Heading";` on a line of its own. */
const DISPLAY_NAME = /^[A-Za-z_$][\w$]*\.displayName = [^;\n]*;?$/gm;

/**
 * Makes the Utrecht React components tree-shakeable. Each component is `/*#__PURE__*\/
 * forwardRef(...)`, but the library then assigns `Component.displayName = "..."`, and a bundler
 * keeps every component whose property is written: about 250 KB of components the app never
 * renders, on every first page load. The names are for React DevTools only; without them the
 * bundle keeps only the components the pages import.
 */
export function shakeableUtrecht(): Plugin {
  return {
    name: 'stadspas-shakeable-utrecht',
    apply: 'build',
    transform(code, id) {
      if (!LIBRARY.test(id)) return null;
      return { code: code.replace(DISPLAY_NAME, ''), map: null };
    },
  };
}
