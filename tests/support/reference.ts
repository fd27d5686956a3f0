import { regions } from "../../lib/dataset/regions";
import { loadImportReference, type ImportReference } from "../../lib/import/reference";

/** The import reference without a database: the importer only reads the region list from it. */
export function fileOnlyReference(): Promise<ImportReference> {
  return loadImportReference({ region: { findMany: async () => regions } } as never);
}
