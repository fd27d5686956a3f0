import "server-only";
import { cache } from "react";
import { getPrisma } from "../db";

export const getSources = cache(async () =>
  getPrisma().source.findMany({
    orderBy: [{ publisher: "asc" }, { year: "asc" }, { title: "asc" }],
    select: { key: true, title: true, publisher: true, year: true, url: true, licence: true, notes: true, fileName: true },
  }),
);
