import { useTranslation } from 'react-i18next';

/**
 * Waits (suspends) until these namespaces' texts are loaded, so a page that shows another
 * feature's component loads both sets of texts at once, instead of being replaced by "Even
 * geduld" a second time when that component first renders.
 */
export function useNamespaces(namespaces: readonly string[]) {
  useTranslation([...namespaces]);
}
