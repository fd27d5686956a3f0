import { localName } from "../format";

export type ClusterSort = "lq" | "employment" | "establishments" | "wage" | "name" | "code";

type Sortable = {
  clusterCode: number;
  nameEn: string;
  nameEs: string;
  employment: number | null;
  locationQuotient: number | null;
  establishments: number | null;
  averageWageUsd: number | null;
};

/** Sorts cluster rows by a column; missing values always go last, whatever the direction. */
export function sortClusterRows<T extends Sortable>(
  rows: readonly T[],
  sort: ClusterSort,
  dir: "asc" | "desc",
  locale: "en" | "es",
): T[] {
  const value = (row: T): number | string | null => {
    switch (sort) {
      case "lq":
        return row.locationQuotient;
      case "employment":
        return row.employment;
      case "establishments":
        return row.establishments;
      case "wage":
        return row.averageWageUsd;
      case "name":
        return localName(locale, row);
      case "code":
        return row.clusterCode;
    }
  };
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [left, right] = [value(a), value(b)];
    if (left === null && right === null) return a.clusterCode - b.clusterCode;
    if (left === null) return 1;
    if (right === null) return -1;
    const order = typeof left === "string" ? left.localeCompare(right as string, locale) : left - (right as number);
    return order * sign || a.clusterCode - b.clusterCode;
  });
}

/** Rows whose name (in the page's language) contains the filter text, ignoring case. */
export function filterClusterRows<T extends Sortable>(rows: readonly T[], query: string, locale: "en" | "es"): T[] {
  const needle = query.trim().toLocaleLowerCase(locale);
  if (!needle) return [...rows];
  return rows.filter((row) => localName(locale, row).toLocaleLowerCase(locale).includes(needle));
}
