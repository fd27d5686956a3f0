import "server-only";
import { cachedQuery } from "./data-cache";
import { getPrisma } from "../db";

/**
 * Every source a figure can come from: the shipped dataset's (with confidence and caveats), then the
 * user's imports; a compilation lists the studies it cites.
 */
export const getSources = cachedQuery("getSources", async () =>
  getPrisma().source.findMany({
    where: { parentId: null },
    orderBy: [{ isDefault: "desc" }, { publisher: "asc" }, { year: "asc" }, { title: "asc" }],
    select: {
      key: true,
      title: true,
      publisher: true,
      year: true,
      url: true,
      licence: true,
      notes: true,
      fileName: true,
      isDefault: true,
      confidence: true,
      caveats: true,
      importFormat: true,
      citations: {
        orderBy: { key: "asc" },
        select: { key: true, title: true, publisher: true, year: true, url: true },
      },
    },
  }),
);
