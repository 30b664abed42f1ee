import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on a small screen. The region can get keyboard focus, so
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sp-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
