import { describe, expect, it } from "vitest";
import {
  computedLqDerivation,
  industrySumDerivation,
  joinDerivations,
  memberSumDerivation,
  rowDerivation,
} from "@/lib/import/derivation-text";
import { localNote } from "@/lib/format";

describe("derivation notes in both languages", () => {
  it("says how a cluster figure was summed, with one withheld cell in the singular", () => {
    expect(
      industrySumDerivation({ industries: 12, system: "NAICS2017", digits: 6, censusSum: false, withheldCells: 1 }),
    ).toEqual({
      en: "Sum of 12 six-digit NAICS 2017 industries; 1 withheld (confidential) cell makes it a lower bound",
      es: "Suma de 12 industrias NAICS 2017 de seis dígitos; 1 celda reservada (confidencial) la hace una cota inferior",
    });
    expect(
      industrySumDerivation({ industries: 3, system: "NAICS2012", digits: 6, censusSum: false, withheldCells: 4 }).es,
    ).toBe(
      "Suma de 3 industrias NAICS 2012 de seis dígitos; 4 celdas reservadas (confidenciales) la hacen una cota inferior",
    );
    expect(
      industrySumDerivation({ industries: 7, system: "SCIAN2018", digits: 6, censusSum: true, withheldCells: 0 }),
    ).toEqual({
      en: "Sum of 7 SCIAN 2018 activities (6 digits) through the SCIAN→NAICS 2017 block concordance; unpublished cells make it a lower bound",
      es: "Suma de 7 actividades SCIAN 2018 (6 dígitos) mediante la concordancia por bloques SCIAN→NAICS 2017; las celdas no publicadas la hacen una cota inferior",
    });
  });

  it("names the members of a summed region in each language and joins the computed-LQ clause", () => {
    const sum = memberSumDerivation(
      [
        { nameEn: "San Diego County", nameEs: "Condado de San Diego", kind: "county" },
        { nameEn: "Imperial County", nameEs: "Condado de Imperial", kind: "county" },
      ],
      true,
    );
    expect(joinDerivations(sum, computedLqDerivation("US", 2023))).toEqual({
      en: "Sum of San Diego County and Imperial County; a lower bound (a member's figure is missing or itself a lower bound); location quotient computed by this dashboard against the United States 2023, within traded or local clusters",
      es: "Suma del condado de San Diego y el condado de Imperial; una cota inferior (falta la cifra de un miembro o es a su vez una cota inferior); cociente de localización calculado por este tablero frente a Estados Unidos 2023, dentro de los clústeres comerciables o locales",
    });
    // The sides of the border take their article in English; Spanish "y" turns "e" before an "i" sound.
    const megaregion = memberSumDerivation(
      [
        { nameEn: "U.S. side", nameEs: "Lado estadounidense", kind: "side" },
        { nameEn: "Mexican side", nameEs: "Lado mexicano", kind: "side" },
      ],
      false,
    );
    expect(megaregion).toEqual({
      en: "Sum of the U.S. side and the Mexican side",
      es: "Suma del lado estadounidense y el lado mexicano",
    });
    const municipios = memberSumDerivation(
      [
        { nameEn: "Tecate", nameEs: "Tecate", kind: "municipio" },
        { nameEn: "Tijuana", nameEs: "Tijuana", kind: "municipio" },
        { nameEn: "Imperial County", nameEs: "Imperial", kind: "county" },
      ],
      false,
    );
    expect(municipios.es).toBe("Suma de Tecate, Tijuana e Imperial");
    expect(municipios.en).toBe("Sum of Tecate, Tijuana and Imperial County");
    expect(joinDerivations(null, null)).toBeNull();
  });

  it("falls back to the English of a row stored before the Spanish column existed, and never invents one", () => {
    expect(rowDerivation({ derivation: "Sum of 2", derivationEs: null })).toEqual({ en: "Sum of 2", es: "Sum of 2" });
    expect(rowDerivation({ derivation: null, derivationEs: null })).toBeNull();
    expect(localNote("es", "Sum of 2", "Suma de 2")).toBe("Suma de 2");
    expect(localNote("es", "Sum of 2", null)).toBe("Sum of 2");
    expect(localNote("en", "Sum of 2", "Suma de 2")).toBe("Sum of 2");
    expect(localNote("es", null, null)).toBeNull();
  });
});
