import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { handleExport, parseExportRequest } from "@/lib/export/request";
import { getBinationalTopIndustries } from "@/lib/queries/top-industries";
import { localName } from "@/lib/format";
import { noFilters } from "@/lib/filters";

/** The binational top 10 (a ranking without values) with the U.S.-side employment beside each, one row per year, each with its own source. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { lang, bom } = parseExportRequest(new URL(request.url), noFilters);
    const industries = await getBinationalTopIndustries();
    const rows = industries.flatMap((industry) => {
      const clusters = [...new Map(industry.members.map((member) => [member.cluster.code, member.cluster])).values()];
      const base = [
        industry.rank,
        industry.naicsCode,
        industry.nameAsStated,
        clusters.map((cluster) => cluster.code).join("; "),
        clusters.map((cluster) => localName(lang, cluster)).join("; "),
        `${industry.source.title} (${industry.source.publisher})`,
        industry.source.url,
      ];
      const years = industry.usSideEmployment.length ? industry.usSideEmployment : [null];
      return years.map((cell) => [
        ...base,
        "us-side",
        cell?.year ?? null,
        cell?.employment ?? null,
        cell?.lowerBound ?? null,
        cell?.withheldCells ?? null,
        cell?.pandemic ?? null,
        cell?.sourceTitle ?? null,
      ]);
    });
    const body = toCsv(
      [
        ...header(
          [
            "rank",
            "naics_code",
            "industry_name",
            "cluster_code",
            "cluster_name",
            "source",
            "source_url",
            "region_code",
            "year",
            "employment_jobs",
            "employment_is_lower_bound",
            "withheld_cells",
            "pandemic_year",
            "employment_source",
          ],
          lang,
        ),
      ],
      rows,
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["binational-top-10-industries", "us-side-employment", lang]));
  });
