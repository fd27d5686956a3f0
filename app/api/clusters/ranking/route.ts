import { NextResponse, type NextRequest } from "next/server";
import { overviewDefaults, overviewShape } from "@/lib/filters";
import { getClusterRanking } from "@/lib/queries/cluster-ranking";
import { parseSearchParams } from "@/lib/search-params";
import { resolveViewYears } from "@/lib/view-years";

/** The ranking behind the overview charts, for the client islands (same schema, same query as the page). */
export async function GET(request: NextRequest) {
  const { values, invalid } = parseSearchParams(
    { region: overviewShape.region, year: overviewShape.year, type: overviewShape.type },
    { region: overviewDefaults.region, year: overviewDefaults.year, type: overviewDefaults.type },
    request.nextUrl.searchParams,
  );
  if (invalid.length > 0) {
    return NextResponse.json(
      {
        error: `Invalid parameters: ${invalid.map((param) => `${param.name}=${JSON.stringify(param.value)}`).join(", ")}`,
      },
      { status: 400 },
    );
  }
  const year = values.year ?? (await resolveViewYears(values.region, null)).year;
  return NextResponse.json({
    rows: year === null ? [] : await getClusterRanking({ region: values.region, year, type: values.type }),
  });
}
