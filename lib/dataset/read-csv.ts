import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";

export class DataFileError extends Error {
  override name = "DataFileError";
}

export type Located<T> = T & { line: number };

/**
 * Reads a CSV with a header row and validates every row, naming the file, line, column and
 * value of each problem so that a bad file is reported precisely (and never half-loaded).
 */
export function readCsv<S extends z.ZodObject>(filePath: string, rowSchema: S): Located<z.infer<S>>[] {
  const fileName = path.basename(filePath);
  const text = fs.readFileSync(filePath, "utf8");
  const records = parse(text, { columns: true, bom: true, skip_empty_lines: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  const rows: Located<z.infer<S>>[] = [];
  const problems: string[] = [];
  for (const { record, info } of records) {
    const parsed = rowSchema.safeParse(record);
    if (parsed.success) {
      rows.push({ ...parsed.data, line: info.lines });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? "");
      problems.push(
        `${fileName}:${info.lines}: column "${column}": ${JSON.stringify(record[column] ?? null)} ${issue.message}`,
      );
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 50).join("\n");
    const more = problems.length > 50 ? `\n… and ${problems.length - 50} more problems` : "";
    throw new DataFileError(`${shown}${more}`);
  }
  return rows;
}

/** Column helpers: CSV cells are text; these turn them into numbers or nulls with a clear message. */
export const cell = {
  text: z.string().trim().min(1, "is empty"),
  optionalText: z
    .string()
    .trim()
    .transform((value) => (value === "" ? null : value)),
  integer: z
    .string()
    .trim()
    .regex(/^-?\d+$/, "is not a whole number")
    .transform(Number),
  optionalInteger: z
    .string()
    .trim()
    .regex(/^(-?\d+)?$/, "is not a whole number")
    .transform((value) => (value === "" ? null : Number(value))),
  number: z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, "is not a number")
    .transform(Number),
  optionalNumber: z
    .string()
    .trim()
    .regex(/^(-?\d+(\.\d+)?([eE][-+]?\d+)?)?$/, "is not a number")
    .transform((value) => (value === "" ? null : Number(value))),
  boolean: z.enum(["True", "False"], { message: 'is not "True" or "False"' }).transform((value) => value === "True"),
  clusterType: z.enum(["traded", "local"], { message: 'is not "traded" or "local"' }),
};
