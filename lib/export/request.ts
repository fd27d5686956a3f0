import type { z } from "zod";
import { parseFilters, type FilterSchema } from "../search-params";
import type { ExportLanguage } from "./columns";
import { describeDatabaseError, isDatabaseUnavailable, reportDatabaseFailure } from "../db/availability";

export class ExportRequestError extends Error {}

/**
 * An export reads the page's own URL parameters through the page's own schema. Unlike the page it
 * does not fall back silently: a file of other data than asked for would be worse than an error.
 */
export function parseExportRequest<S extends Record<string, z.ZodType>>(url: URL, schema: FilterSchema<S>) {
  const { values, invalid } = parseFilters(schema, url.searchParams);
  const lang = url.searchParams.get("lang") ?? "en";
  if (lang !== "en" && lang !== "es") invalid.push({ name: "lang", value: lang });
  const bomParam = url.searchParams.get("bom");
  if (bomParam !== null && bomParam !== "0" && bomParam !== "1") invalid.push({ name: "bom", value: bomParam });
  if (invalid.length > 0) {
    throw new ExportRequestError(
      `Invalid parameters: ${invalid.map((param) => `${param.name}=${JSON.stringify(param.value)}`).join(", ")}`,
    );
  }
  return { values, lang: lang as ExportLanguage, bom: bomParam !== "0" };
}

/** Runs an export handler, answering a bad request with 400 and its reason (never a stack trace). */
export async function handleExport(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ExportRequestError) return Response.json({ error: error.message }, { status: 400 });
    if (isDatabaseUnavailable(error)) {
      // Logged once per outage by the shared availability state, not once per request.
      reportDatabaseFailure(error);
      return Response.json(
        { error: "The database is not answering; try again in a few seconds." },
        { status: 503, headers: { "Retry-After": "10" } },
      );
    }
    console.error(`[calibaja] export failed: ${describeDatabaseError(error)}`);
    return Response.json({ error: "The export could not be produced." }, { status: 500 });
  }
}
