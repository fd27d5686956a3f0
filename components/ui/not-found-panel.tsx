import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function NotFoundPanel({ message }: { message?: string }) {
  const t = await getTranslations("errors");
  return (
    <section className="panel error-panel" data-testid="not-found">
      <h1>{t("notFoundTitle")}</h1>
      <p>{message ?? t("notFoundBody")}</p>
      <p>
        <Link href="/" className="button primary">
          {t("home")}
        </Link>
      </p>
    </section>
  );
}
