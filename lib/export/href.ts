/** The URL of an export for the same filters as the view (and the page's language). */
export function exportHref(route: string, params: Record<string, string | number>, lang: string): string {
  const search = new URLSearchParams(Object.entries({ ...params, lang }).map(([name, value]) => [name, String(value)]));
  return `/api/export/${route}?${search}`;
}
