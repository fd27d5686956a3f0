import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";
import { ThemeToggle } from "./theme-toggle";
import { PresentLink } from "./present-link";
import { SiteSearch } from "./site-search";

export async function SiteHeader() {
  const t = await getTranslations("site");
  const links = [
    { href: "/", label: t("nav.overview") },
    { href: "/clusters", label: t("nav.clusters") },
    { href: "/regions", label: t("nav.regions") },
    { href: "/compare", label: t("nav.compare") },
    { href: "/methodology", label: t("nav.methodology") },
  ] as const;
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        <span className="brand-mark" aria-hidden="true">
          CB
        </span>
        <span>
          <strong>{t("title")}</strong>
          <small>{t("tagline")}</small>
        </span>
      </Link>
      <nav aria-label={t("title")}>
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
          <li>
            <PresentLink label={t("nav.present")} />
          </li>
        </ul>
      </nav>
      <div className="header-tools">
        <SiteSearch />
        <LanguageSwitcher label={t("switchTo")} ariaLabel={t("switchToLabel")} />
        <ThemeToggle
          labels={{
            label: t("theme.label"),
            light: t("theme.light"),
            dark: t("theme.dark"),
            system: t("theme.system"),
          }}
        />
      </div>
    </header>
  );
}
