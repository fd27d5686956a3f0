import type { Locale } from "../../i18n/routing";
import { sentenceName } from "../sentence-name";

/**
 * How this project derived a cluster figure, in both languages: the words are ours, so a Spanish export
 * or page says them in Spanish. Each part is one clause; `joinDerivations` strings clauses together.
 */
export type DerivationText = { en: string; es: string };

type ClassificationSystem = "NAICS2012" | "NAICS2017" | "SCIAN2018";

/** A cluster figure summed from the industries a file lists. */
export function industrySumDerivation({
  industries,
  system,
  digits,
  censusSum,
  withheldCells,
}: {
  industries: number;
  system: ClassificationSystem;
  digits: number;
  /** Economic Census sums leave out unpublished cells: always a lower bound. */
  censusSum: boolean;
  withheldCells: number;
}): DerivationText {
  const what =
    system === "SCIAN2018"
      ? {
          en: `SCIAN 2018 activities (${digits} digits) through the SCIAN→NAICS 2017 block concordance`,
          es: `actividades SCIAN 2018 (${digits} dígitos) mediante la concordancia por bloques SCIAN→NAICS 2017`,
        }
      : {
          en: `six-digit ${system === "NAICS2017" ? "NAICS 2017" : "NAICS 2012"} industries`,
          es: `industrias ${system === "NAICS2017" ? "NAICS 2017" : "NAICS 2012"} de seis dígitos`,
        };
  const why = censusSum
    ? { en: "; unpublished cells make it a lower bound", es: "; las celdas no publicadas la hacen una cota inferior" }
    : withheldCells === 1
      ? {
          en: "; 1 withheld (confidential) cell makes it a lower bound",
          es: "; 1 celda reservada (confidencial) la hace una cota inferior",
        }
      : withheldCells > 1
        ? {
            en: `; ${withheldCells} withheld (confidential) cells make it a lower bound`,
            es: `; ${withheldCells} celdas reservadas (confidenciales) la hacen una cota inferior`,
          }
        : { en: "", es: "" };
  return {
    en: `Sum of ${industries} ${what.en}${why.en}`,
    es: `Suma de ${industries} ${what.es}${why.es}`,
  };
}

/** "a, b and c": the last two joined by the language's "and". */
const listOf = (names: readonly string[], and: (last: string) => string) =>
  names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} ${and(names.at(-1)!)} ${names.at(-1)!}`;
// Spanish "y" becomes "e" before an "i" sound ("Tecate e Imperial"), but not before "hie" or "hia".
const spanishAnd = (next: string) => (/^h?i(?![aeiouáéíóú])/i.test(next) ? "e" : "y");

/**
 * A mega-region or side-of-border figure summed from its member regions' figures, the members named as
 * in a sentence: "Sum of San Diego County and Imperial County", "Suma del condado de San Diego y el
 * condado de Imperial".
 */
export function memberSumDerivation(
  members: readonly { nameEn: string; nameEs?: string; kind?: string }[],
  lowerBound: boolean,
): DerivationText {
  const names = (locale: Locale) =>
    members.map((member) => sentenceName(locale, { ...member, nameEs: member.nameEs ?? member.nameEn }));
  // "de" + "el" is written "del".
  const spanish = `Suma de ${listOf(names("es"), spanishAnd)}`.replace(/^Suma de el /, "Suma del ");
  return {
    en: `Sum of ${listOf(names("en"), () => "and")}${lowerBound ? "; a lower bound (a member's figure is missing or itself a lower bound)" : ""}`,
    es: `${spanish}${lowerBound ? "; una cota inferior (falta la cifra de un miembro o es a su vez una cota inferior)" : ""}`,
  };
}

/** A location quotient this dashboard computed (the source published none). */
export function computedLqDerivation(benchmarkCode: "US" | "MX", year: number): DerivationText {
  return {
    en: `location quotient computed by this dashboard against ${benchmarkCode === "US" ? "the United States" : "Mexico"} ${year}, within traded or local clusters`,
    es: `cociente de localización calculado por este tablero frente a ${benchmarkCode === "US" ? "Estados Unidos" : "México"} ${year}, dentro de los clústeres comerciables o locales`,
  };
}

/** Clauses in order, separated by "; "; null stays null when there is nothing to say. */
export function joinDerivations(...parts: (DerivationText | null)[]): DerivationText | null {
  const present = parts.filter((part): part is DerivationText => part !== null);
  if (present.length === 0) return null;
  return { en: present.map((part) => part.en).join("; "), es: present.map((part) => part.es).join("; ") };
}

/** The stored pair of columns: `derivation` in English, `derivationEs` in Spanish. */
export const derivationColumns = (text: DerivationText | null) => ({
  derivation: text?.en ?? null,
  derivationEs: text?.es ?? null,
});

/** A row's derivation as text in both languages (rows stored before `derivationEs` existed have English only). */
export const rowDerivation = (row: {
  derivation: string | null;
  derivationEs: string | null;
}): DerivationText | null =>
  row.derivation === null ? null : { en: row.derivation, es: row.derivationEs ?? row.derivation };
