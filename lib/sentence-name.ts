import type { Locale } from "@/i18n/routing";

type Named = { nameEn: string; nameEs: string; kind?: string };

// English takes "the" before a side of the border, the mega-region and the nation ("in the U.S. side",
// "than the United States"), not before a county, metro, state or municipio ("in San Diego County").
const englishWithArticle = new Set(["megaregion", "side", "nation"]);
const englishArticleNames = /^(U\.S\. side|Mexican side|CaliBaja Mega-Region|United States)\b/;
// Spanish names that open with a common noun take its article and lose the capital: "en el condado de
// San Diego", "la megarregión CaliBaja". Proper names ("Tijuana", "Estados Unidos") stay as they are.
const spanishArticles: [RegExp, string][] = [
  [/^(Condado|Lado|Municipio|Estado) /, "el"],
  [/^(Megarregión|Zona|Región) /, "la"],
];

/**
 * A region's name as it reads inside a sentence, with its article and case: "Which clusters is the U.S.
 * side … concentrated in?", "¿En qué clústeres se concentra el lado estadounidense …?". `start` capitalises
 * it for the beginning of a sentence. Titles and labels, where the name stands alone, keep the plain name.
 */
export function sentenceName(locale: Locale, region: Named, { start = false } = {}): string {
  if (locale === "es") {
    const name = region.nameEs;
    const match = spanishArticles.find(([pattern]) => pattern.test(name));
    if (!match) return name;
    const phrase = `${match[1]} ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
    return start ? capitalise(phrase) : phrase;
  }
  const name = region.nameEn;
  const takesArticle = region.kind ? englishWithArticle.has(region.kind) : englishArticleNames.test(name);
  if (!takesArticle) return name;
  return `${start ? "The" : "the"} ${name}`;
}

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
