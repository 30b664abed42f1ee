import { useEffect, useState, type RefObject } from 'react';

/**
 * A function that moves the focus to the first field marked `aria-invalid` in `form`, so keyboard
 * and screen reader users land on the problem. It runs after React has shown the errors: a
 * requestAnimationFrame could run before that when the errors come from the server (an async
 * callback), and then find no invalid field yet.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>): () => void {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request, form]);
  return () => setRequest((n) => n + 1);
}
