import type { ReactNode } from "react";

/**
 * A wide table's horizontal scroll box. It takes keyboard focus, so a keyboard user can scroll it too,
 * and is named after the table it holds (axe: scrollable-region-focusable).
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
