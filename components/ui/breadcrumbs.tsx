import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Section = "clusters" | "regions" | "compare" | "methodology";

/**
 * Where this page sits: Overview › section › this page. The last step is the page itself (not a link).
 * A section page passes no `current`; a detail page passes its cluster's or region's name.
 */
export async function Breadcrumbs({ section, current }: { section: Section; current?: string }) {
  const t = await getTranslations("site");
  const sectionHref = `/${section}` as const;
  return (
    <nav aria-label={t("breadcrumb")} className="breadcrumbs" data-testid="breadcrumbs">
      <ol>
        <li>
          <Link href="/">{t("nav.overview")}</Link>
        </li>
        <li>
          {current ? (
            <Link href={sectionHref}>{t(`nav.${section}`)}</Link>
          ) : (
            <span aria-current="page">{t(`nav.${section}`)}</span>
          )}
        </li>
        {current ? (
          <li>
            <span aria-current="page">{current}</span>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
