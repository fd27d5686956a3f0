"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

// Shown when a page fails (e.g. the database is unreachable): no stack trace, a way to retry.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="panel error-panel" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      {error.digest ? <p className="muted">#{error.digest}</p> : null}
      <button type="button" className="button primary" onClick={reset}>
        {t("retry")}
      </button>
    </section>
  );
}
