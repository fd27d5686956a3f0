import "server-only";
import { getPrisma } from "../db";

export async function listClusters() {
  return getPrisma().cluster.findMany({ orderBy: { code: "asc" }, select: { code: true, nameEn: true, nameEs: true, type: true } });
}
