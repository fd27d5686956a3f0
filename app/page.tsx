import { listClusters } from "@/lib/queries/clusters";

export default async function OverviewPage() {
  const clusters = await listClusters();
  return (
    <main>
      <h1>CaliBaja Cluster Dashboard</h1>
      <ul>
        {clusters.map((cluster) => (
          <li key={cluster.code} data-cluster-code={cluster.code}>
            {cluster.code} {cluster.nameEn}
          </li>
        ))}
      </ul>
    </main>
  );
}
