import { NextResponse } from "next/server";
import { describeDatabaseError, isDatabaseUnavailable, reportDatabaseFailure } from "@/lib/db/availability";
import { maxSearchLength, searchEverything } from "@/lib/queries/search";

/** The header's search: clusters, regions and industries matching `q` (names in either language, codes). */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams.get("q") ?? "";
  if (query.length > maxSearchLength)
    return NextResponse.json(
      { error: `q is ${query.length} characters long (at most ${maxSearchLength})` },
      { status: 400 },
    );
  try {
    return NextResponse.json({ hits: await searchEverything(query) });
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      reportDatabaseFailure(error);
      return NextResponse.json({ error: "The database is not answering." }, { status: 503 });
    }
    console.error(`[calibaja] search failed: ${describeDatabaseError(error)}`);
    return NextResponse.json({ error: "The search failed." }, { status: 500 });
  }
}
