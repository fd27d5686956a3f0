import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { clusterHeader, clusterRecord } from "@/lib/export/cluster-rows";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { regionPortfolioFilters } from "@/lib/filters";
import { getRegionPortfolio } from "@/lib/queries/portfolio";
import { getRegion } from "@/lib/queries/regions";
import { resolveViewYears } from "@/lib/view-years";

/** The region page's bubble chart: one row per bubble, with what its vertical axis measures. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), regionPortfolioFilters);
    const region = await getRegion(values.code);
    if (!region) throw new ExportRequestError(`Unknown region ${values.code}`);
    const { lqYear } = await resolveViewYears(region.code, values.year);
    if (lqYear === null) throw new ExportRequestError(`${region.nameEn} has no location quotients`);
    const { points, yKind, yRange } = await getRegionPortfolio(region.code, lqYear, values.y);
    const measure = yKind === "wage" ? "average_wage_usd" : `employment_change_share_${yRange?.from}_${yRange?.to}`;
    const body = toCsv(
      clusterHeader(lang, ["y_measure", "y_value"]),
      points.map((point, index) => [...clusterRecord(point, index + 1, region, lqYear, lang), measure, point.y]),
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["cluster-portfolio", region.code, lqYear, `y-${yKind}`, lang]));
  });
