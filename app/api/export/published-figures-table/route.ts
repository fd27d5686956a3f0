import { loadFactsTable } from "@/lib/binational-data";
import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { handleExport, parseExportRequest } from "@/lib/export/request";
import { noFilters } from "@/lib/filters";

/** The mega-region page's table of published figures, row for row, each with its source. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { lang, bom } = parseExportRequest(new URL(request.url), noFilters);
    const rows = await loadFactsTable();
    const body = toCsv(
      header(
        [
          "topic",
          "geography",
          "scope",
          "metric",
          "value_as_stated",
          "value_number",
          "bound",
          "unit",
          "year",
          "source",
          "source_url",
        ],
        lang,
      ),
      rows.map((row) => [
        row.topic,
        row.geography,
        row.scope,
        row.metric,
        row.valueAsStated,
        row.valueNumber,
        row.bound,
        row.unit,
        row.yearAsStated,
        row.sourceTitle,
        row.sourceUrl,
      ]),
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["published-figures", "calibaja", lang]));
  });
