import { describe, expect, it } from "vitest";
import { sentenceName } from "../../lib/sentence-name";

const usSide = {
  kind: "side",
  nameEn: "U.S. side (San Diego and Imperial counties)",
  nameEs: "Lado estadounidense (condados de San Diego e Imperial)",
};
const sanDiego = { kind: "county", nameEn: "San Diego County", nameEs: "Condado de San Diego" };
const megaregion = { kind: "megaregion", nameEn: "CaliBaja Mega-Region", nameEs: "Megarregión CaliBaja" };
const tijuana = { kind: "municipio", nameEn: "Tijuana", nameEs: "Tijuana" };
const nation = { kind: "nation", nameEn: "United States", nameEs: "Estados Unidos" };
const metro = { kind: "metro", nameEn: "Austin-Round Rock, TX", nameEs: "Austin-Round Rock, TX" };

describe("a region's name inside a sentence", () => {
  it("takes its article in English where the name is a common noun or the nation", () => {
    expect(`Which clusters is ${sentenceName("en", usSide)} concentrated in?`).toBe(
      "Which clusters is the U.S. side (San Diego and Imperial counties) concentrated in?",
    );
    expect(sentenceName("en", megaregion, { start: true })).toBe("The CaliBaja Mega-Region");
    expect(sentenceName("en", nation)).toBe("the United States");
    expect(sentenceName("en", sanDiego)).toBe("San Diego County");
    expect(sentenceName("en", tijuana)).toBe("Tijuana");
    expect(sentenceName("en", metro)).toBe("Austin-Round Rock, TX");
    // Without a kind the name itself tells.
    expect(sentenceName("en", { nameEn: usSide.nameEn, nameEs: usSide.nameEs })).toBe(`the ${usSide.nameEn}`);
  });

  it("takes its article and loses its capital in Spanish, by the noun's gender", () => {
    expect(`¿En qué clústeres se concentra ${sentenceName("es", usSide)}?`).toBe(
      "¿En qué clústeres se concentra el lado estadounidense (condados de San Diego e Imperial)?",
    );
    expect(sentenceName("es", sanDiego)).toBe("el condado de San Diego");
    expect(sentenceName("es", megaregion)).toBe("la megarregión CaliBaja");
    expect(sentenceName("es", sanDiego, { start: true })).toBe("El condado de San Diego");
    expect(sentenceName("es", tijuana)).toBe("Tijuana");
    expect(sentenceName("es", nation)).toBe("Estados Unidos");
  });
});
