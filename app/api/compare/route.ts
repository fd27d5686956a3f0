import { NextResponse, type NextRequest } from "next/server";
import { loadComparison } from "@/lib/compare-data";
import { compareDefaults, compareShape } from "@/lib/filters";
import { parseSearchParams } from "@/lib/search-params";

/** The figures behind /compare for the client island (same schema and loader as the page). */
export async function GET(request: NextRequest) {
  const { values, invalid } = parseSearchParams(
    { r: compareShape.r, set: compareShape.set },
    { r: compareDefaults.r, set: compareDefaults.set },
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
  return NextResponse.json(await loadComparison(values));
}
