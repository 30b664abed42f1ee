import { useSearchParams } from 'react-router';

/**
 * Returns the current search parameters and a setter for one of them. The setter starts from the
 * address bar, not from the parameters of the last render: two quick changes (a chip, then a select)
 * would otherwise each start from the same old address and the second would undo the first.
 */
export function useSearchParamSetter(): [URLSearchParams, (key: string, value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return [params, set];
}
