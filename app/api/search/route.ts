import { ExportRequestError, handleExport } from "@/lib/export/request";
import { maxSearchLength, searchEverything } from "@/lib/queries/search";

/** The header's search: clusters, regions and industries matching `q` (names in either language, codes). */
export const GET = (request: Request) =>
  // The exports' handler: a bad request is a 400 with its reason, an outage a 503, never a stack trace.
  handleExport(async () => {
    const query = new URL(request.url).searchParams.get("q") ?? "";
    if (query.length > maxSearchLength)
      throw new ExportRequestError(`q is ${query.length} characters long (at most ${maxSearchLength})`);
    return Response.json({ hits: await searchEverything(query) });
  });
