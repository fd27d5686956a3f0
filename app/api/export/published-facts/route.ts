import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { getRegionFacts } from "@/lib/queries/facts";
import { getRegion } from "@/lib/queries/regions";
import { regionExportFilters } from "@/lib/filters";

/** The published figures listed on a region page (the region and its members), as stated by their sources. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), regionExportFilters());
    const region = await getRegion(values.code);
    if (!region) throw new ExportRequestError(`Unknown region ${values.code}`);
    const facts = (
      await Promise.all(
        [region.code, ...region.children.map((child) => child.code)].map((code) => getRegionFacts(code)),
      )
    ).flat();
    const body = toCsv(
      header(
        [
          "region_code",
          "year",
          "value_as_stated",
          "lq_benchmark",
          "source",
          "source_url",
          "metric",
          "unit",
          "geography",
          "value_number",
          "bound",
        ],
        lang,
      ),
      facts.map((fact) => [
        region.code,
        fact.yearAsStated,
        fact.valueAsStated,
        fact.benchmark,
        fact.study ?? fact.source.title,
        fact.source.url,
        fact.metric,
        fact.unit,
        fact.geography,
        fact.valueNumber,
        fact.bound,
      ]),
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["published-figures", region.code, lang]));
  });
