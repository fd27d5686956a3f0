import { z } from "zod";

export type RawSearchParams = Record<string, string | string[] | undefined>;
export type InvalidParam = { name: string; value: string };

/**
 * Parses URL search parameters field by field: a bad value falls back to that field's default
 * and is reported (the page shows a notice), so a mistyped link never becomes an error page.
 */
export function parseSearchParams<S extends Record<string, z.ZodType>>(
  shape: S,
  defaults: { [K in keyof S]: z.output<S[K]> },
  raw: RawSearchParams | URLSearchParams,
): { values: { [K in keyof S]: z.output<S[K]> }; invalid: InvalidParam[] } {
  const get = (name: string) => {
    const value = raw instanceof URLSearchParams ? raw.get(name) : raw[name];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  const values = { ...defaults };
  const invalid: InvalidParam[] = [];
  for (const name of Object.keys(shape) as (keyof S & string)[]) {
    const value = get(name);
    if (value === undefined || value === "") continue;
    const parsed = (shape[name] as z.ZodType).safeParse(value);
    if (parsed.success) values[name] = parsed.data as (typeof values)[typeof name];
    else invalid.push({ name, value });
  }
  return { values, invalid };
}
