// Types only: the client islands write the URL with writeFilters, and zod stays on the server.
import type { z } from "zod";

export type RawSearchParams = Record<string, string | string[] | undefined>;
type Shape = Record<string, z.ZodType>;
export type FilterValues<S extends Shape> = { [K in keyof S]: z.output<S[K]> };

/**
 * A route's filters: the schema of each URL parameter, the value when it is absent or bad, and a rule
 * that makes a set of values consistent (e.g. the lower threshold first). The page, its exports, its
 * slides and its client islands all read the URL through the same one.
 */
export type FilterSchema<S extends Shape> = {
  shape: S;
  defaults: FilterValues<S>;
  normalize?: (values: FilterValues<S>) => FilterValues<S>;
};

export function filterSchema<S extends Shape>(
  shape: S,
  defaults: FilterValues<S>,
  normalize?: (values: FilterValues<S>) => FilterValues<S>,
): FilterSchema<S> {
  return { shape, defaults, normalize };
}
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

/** Parses a route's filters and applies its consistency rule. */
export function parseFilters<S extends Shape>(
  schema: FilterSchema<S>,
  raw: RawSearchParams | URLSearchParams,
): { values: FilterValues<S>; invalid: InvalidParam[] } {
  const { values, invalid } = parseSearchParams(schema.shape, schema.defaults, raw);
  return { values: schema.normalize ? schema.normalize(values) : values, invalid };
}

const encodeValue = (value: unknown): string | null => {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(",");
  return String(value);
};

/**
 * Writes a route's filter values into URL parameters: a value equal to its default is left out (the
 * link stays short and means the same), parameters the route does not own are kept as they are. The
 * defaults name the parameters, so a client island can pass its own few without the schema.
 */
export function writeFilters<V extends Record<string, unknown>>(
  { defaults }: { defaults: V },
  values: V,
  current: URLSearchParams,
): URLSearchParams {
  const params = new URLSearchParams(current);
  for (const name of Object.keys(defaults)) params.delete(name);
  for (const name of Object.keys(defaults) as (keyof V & string)[]) {
    const encoded = encodeValue(values[name]);
    if (encoded !== null && encoded !== encodeValue(defaults[name])) params.set(name, encoded);
  }
  return params;
}
