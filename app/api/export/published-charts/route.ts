import { loadPublishedChart } from "@/lib/binational-data";
import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { handleExport, parseExportRequest } from "@/lib/export/request";
import { publishedChartFilters } from "@/lib/filters";

/** A study's charted figures (Jobs Without Borders' LQs, or the competitiveness study's output ranking), as stated. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), publishedChartFilters);
    const facts = await loadPublishedChart(values.chart);
    const body = toCsv(
      header(["scope", "metric", "value_as_stated", "value_number", "bound", "year", "lq_benchmark", "source"], lang),
      facts.map((fact) => [
        fact.scope,
        fact.metric,
        fact.valueAsStated,
        fact.valueNumber,
        fact.bound,
        fact.yearAsStated,
        fact.benchmark,
        fact.study ?? fact.sourceTitle,
      ]),
      { bom, lang },
    );
    return csvResponse(
      body,
      exportFilename(["published", values.chart === "lq" ? "location-quotients" : "output-ranking", lang]),
    );
  });
