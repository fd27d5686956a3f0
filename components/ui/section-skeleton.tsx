import { getTranslations } from "next-intl/server";

/**
 * What a page section shows while its query runs: the section's shape (cards, a chart, a table), so the
 * page does not jump when it arrives, and a status for screen readers.
 */
export async function SectionSkeleton({ shape, cards = 4 }: { shape: "cards" | "chart" | "table"; cards?: number }) {
  const t = await getTranslations("errors");
  return (
    <div className={`loading section-skeleton section-skeleton-${shape}`} role="status" aria-live="polite">
      {shape === "cards" ? (
        <div className="skeleton-grid">
          {Array.from({ length: cards }, (_, index) => (
            <div className="skeleton skeleton-card" key={index} />
          ))}
        </div>
      ) : (
        <div className={`skeleton ${shape === "chart" ? "skeleton-chart" : "skeleton-table"}`} />
      )}
      <span className="visually-hidden">{t("loading")}</span>
    </div>
  );
}
