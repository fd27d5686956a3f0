import { getTranslations } from "next-intl/server";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default async function ClusterNotFound() {
  const t = await getTranslations("errors");
  return <NotFoundPanel message={t("notFoundBody")} />;
}
