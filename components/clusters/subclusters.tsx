import { getTranslations } from "next-intl/server";
import type { getCluster } from "@/lib/queries/cluster-detail";

type ClusterWithSubclusters = NonNullable<Awaited<ReturnType<typeof getCluster>>>;

/** Subclusters and their NAICS 2012 industries (names as the U.S. Cluster Mapping Project gives them). */
export async function Subclusters({ cluster }: { cluster: ClusterWithSubclusters }) {
  const t = await getTranslations("cluster");
  return (
    <section className="panel" aria-labelledby="subclusters-heading">
      <h2 id="subclusters-heading">{t("subclusters")}</h2>
      <div lang="en">
        {cluster.subclusters.map((subcluster) => (
          <details key={subcluster.id} className="subcluster">
            <summary>
              {subcluster.nameEn}{" "}
              <span className="muted">· {t("subclusterCount", { count: subcluster.industries.length })}</span>
            </summary>
            <ul>
              {subcluster.industries.map((industry) => (
                <li key={industry.code}>
                  <code>{industry.code}</code> {industry.titleEn}
                </li>
              ))}
            </ul>
          </details>
        ))}
        {cluster.industries.length > 0 ? (
          <details className="subcluster">
            <summary>{t("noSubcluster")}</summary>
            <ul>
              {cluster.industries.map((industry) => (
                <li key={industry.code}>
                  <code>{industry.code}</code> {industry.titleEn}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </section>
  );
}
