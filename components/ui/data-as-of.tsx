import { getTranslations } from "next-intl/server";

export type DataYear = {
  measure: "employment" | "lq" | "insured" | "establishments";
  year: number | string;
  source: string;
  pandemic?: boolean;
};

/**
 * How old the figures on a page are: the latest year each measure shows, with its source, and a flag
 * where that year's reference month falls in the COVID-19 pandemic. Every page states it near its title.
 */
export async function DataAsOf({ items }: { items: DataYear[] }) {
  const t = await getTranslations("dataAsOf");
  if (items.length === 0) return null;
  return (
    <p className="data-as-of" data-testid="data-as-of">
      {t("label")}{" "}
      {items.map((item, index) => (
        <span key={item.measure}>
          {index > 0 ? "; " : ""}
          {t(`measure.${item.measure}`, { year: item.year, source: item.source })}
          {item.pandemic ? <strong className="badge">{t("pandemic", { year: item.year })}</strong> : null}
        </span>
      ))}
    </p>
  );
}
