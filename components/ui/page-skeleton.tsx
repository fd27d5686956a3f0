import { getTranslations } from "next-intl/server";

export async function PageSkeleton() {
  const t = await getTranslations("errors");
  return (
    <div className="loading" role="status" aria-live="polite">
      <div className="skeleton skeleton-heading" />
      <div className="skeleton-grid">
        {Array.from({ length: 5 }, (_, index) => (
          <div className="skeleton skeleton-card" key={index} />
        ))}
      </div>
      <div className="skeleton skeleton-chart" />
      <span className="visually-hidden">{t("loading")}</span>
    </div>
  );
}
