import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { manifest } from "@/lib/dataset/manifest";
import { getSources } from "@/lib/queries/sources";
import { exportHref } from "@/lib/export/href";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "methodology" });
  return pageMetadata(t("heading"), locale);
}

const sections = [
  "clusters",
  "lq",
  "benchmarks",
  "rules",
  "thresholds",
  "peers",
  "confidential",
  "series",
  "mexico",
  "import",
  "translation",
] as const;

export default async function MethodologyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("methodology");
  const te = await getTranslations("export");
  const sources = await getSources();
  return (
    <>
      <Breadcrumbs section="methodology" />
      <div className="page-heading">
        <div>
          <h1>{t("heading")}</h1>
          <p className="muted">{t("intro")}</p>
        </div>
      </div>
      <div className="prose-grid">
        {sections.map((section) => (
          <section className="panel prose" key={section} id={section} aria-labelledby={`${section}-heading`}>
            <h2 id={`${section}-heading`}>{t(`${section}Title`)}</h2>
            <p>{t(section)}</p>
          </section>
        ))}
      </div>
      <section className="panel" id="sources" aria-labelledby="sources-heading">
        <div className="chart-header">
          <h2 id="sources-heading">{t("sourcesTitle")}</h2>
          <a className="button" href={exportHref("dataset", {}, locale)} download data-testid="dataset-csv">
            {te("dataset")}
          </a>
        </div>
        <p className="panel-note">{te("datasetNote")}</p>
        <ol className="source-list" data-testid="source-list">
          {sources.map((source) => {
            const shipped = manifest.find((entry) => entry.key === source.key);
            return (
              <li key={source.key} id={`source-${source.key}`} data-default={source.isDefault}>
                <strong>{source.url ? <a href={source.url}>{source.title}</a> : source.title}</strong>.{" "}
                {source.publisher}. {source.year ? `${t("sourceYear")}: ${source.year}. ` : ""}
                {source.licence ? `${t("sourceLicence")}: ${source.licence}. ` : ""}
                {source.confidence ? `${t("sourceConfidence")}: ${source.confidence}. ` : ""}
                {source.caveats ? (
                  <span>
                    {t("sourceCaveats")}: {source.caveats}{" "}
                  </span>
                ) : source.notes ? (
                  <span className="muted">{source.notes} </span>
                ) : null}
                {source.fileName ? (
                  <span className="muted">
                    {source.isDefault ? t("sourceDefault") : t("sourceImported")}:{" "}
                    <code>{shipped ? `prisma/data/${shipped.file}` : source.fileName}</code>
                  </span>
                ) : null}
                {source.citations.length > 0 ? (
                  <details className="source-citations">
                    <summary>
                      {t("sourceCitations")} ({source.citations.length})
                    </summary>
                    <ul>
                      {source.citations.map((citation) => (
                        <li key={citation.key} id={`source-${citation.key}`}>
                          {citation.url ? <a href={citation.url}>{citation.title}</a> : citation.title}.{" "}
                          {citation.publisher}.
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
