import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come within `margin` of the viewport, and from then on. Heavy parts of
 * a page (a map: about 370 KB of compressed code and its boundaries) wait for it, so a phone that
 * never scrolls to them never downloads them. Without IntersectionObserver: true at once.
 */
export function useNearViewport(ref: RefObject<Element | null>, ready = true, margin = '300px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    // `ready`: the page above the element has its content, so its place is where it will stay.
    if (near || !ready || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, ready, margin, near]);
  return near;
}
