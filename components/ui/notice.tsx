import type { ReactNode } from "react";

export function Notice({
  children,
  tone = "info",
  testId,
}: {
  children: ReactNode;
  tone?: "info" | "warning";
  testId?: string;
}) {
  return (
    <div className={`notice notice-${tone}`} role={tone === "warning" ? "alert" : "status"} data-testid={testId}>
      {children}
    </div>
  );
}
