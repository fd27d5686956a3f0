import { describe, expect, it } from "vitest";
import { cleanSlideTitle, decodeDeckItem, deckQuery, encodeDeckItem } from "../../lib/deck";
import { compareFilters, overviewDefaults, overviewFilters, presentFilters } from "../../lib/filters";
import { parseFilters, writeFilters } from "../../lib/search-params";

describe("a route's filters in the URL", () => {
  it("put the two thresholds in order wherever the overview's filters are read", () => {
    expect(parseFilters(overviewFilters, { t1: "50000", t2: "5000" }).values).toMatchObject({ t1: 5000, t2: 50000 });
  });

  it("write only what differs from the default, keep parameters the route does not own, and read back the same view", () => {
    const current = new URLSearchParams("region=06073&slide=2&top=20");
    const values = { ...overviewDefaults, region: "06073", top: 10 as const, view: "concentrated" as const };
    const written = writeFilters(overviewFilters, values, current);
    expect(written.toString()).toBe("slide=2&region=06073&top=10&view=concentrated");
    expect(parseFilters(overviewFilters, written).values).toEqual(values);
  });

  it("never carry both a list of regions and a peer set in a comparison link", () => {
    const { values } = parseFilters(compareFilters, { r: "cbsa-41740,NM", set: "border", view: "table" });
    expect(values).toMatchObject({ r: ["cbsa-41740", "NM"], set: "" });
    expect(writeFilters(compareFilters, values, new URLSearchParams()).toString()).toBe("r=cbsa-41740%2CNM&view=table");
  });

  it("leave the first slide out of the link and refuse slide numbers that are not whole and positive", () => {
    expect(writeFilters(presentFilters, { slide: 1 }, new URLSearchParams("v=lq")).toString()).toBe("v=lq");
    expect(parseFilters(presentFilters, { slide: "0" })).toEqual({
      values: { slide: 1 },
      invalid: [{ name: "slide", value: "0" }],
    });
    expect(parseFilters(presentFilters, { slide: "2.5" }).invalid).toHaveLength(1);
  });
});

describe("a presentation deck in the URL", () => {
  it("encodes each view with its filters and reads it back unchanged", () => {
    const item = { kind: "lq" as const, params: { region: "06073", top: "10" } };
    expect(encodeDeckItem(item)).toBe("lq~region=06073~top=10");
    expect(decodeDeckItem("lq~region=06073~top=10")).toEqual(item);
    expect(deckQuery([item, { kind: "portfolio", params: { code: "us-side" } }], 3)).toBe(
      "v=lq%7Eregion%3D06073%7Etop%3D10&v=portfolio%7Ecode%3Dus-side&slide=3",
    );
  });

  it("refuses an unknown kind and a malformed or unsafe parameter name", () => {
    expect(decodeDeckItem("pie~region=06073")).toBeNull();
    expect(decodeDeckItem("lq~region")).toBeNull();
    expect(decodeDeckItem("lq~reg-ion=06073")).toBeNull();
    expect(decodeDeckItem("lq~=06073")).toBeNull();
    expect(decodeDeckItem("employment")).toEqual({ kind: "employment", params: {} });
  });

  it("carries the reader's own slide title through the link, accents, tildes and all", () => {
    const item = { kind: "lq" as const, params: { top: "10" }, title: "Aeroespacial ~ ¿dónde lidera Tijuana? 100%" };
    const encoded = encodeDeckItem(item);
    expect(encoded.split("~")).toHaveLength(3);
    expect(decodeDeckItem(encoded)).toEqual(item);
    const query = new URLSearchParams(deckQuery([item]));
    expect(decodeDeckItem(query.get("v")!)).toEqual(item);
  });

  it("refuses a title that is too long or holds control characters, and takes a hand-typed one as typed", () => {
    expect(decodeDeckItem(`lq~title=${"a".repeat(121)}`)).toBeNull();
    expect(decodeDeckItem(`lq~title=${"a".repeat(120)}`)?.title).toHaveLength(120);
    expect(decodeDeckItem("lq~title=a%00b")).toBeNull();
    expect(decodeDeckItem("lq~title=%E0%A4%A")?.title).toBe("%E0%A4%A");
    expect(decodeDeckItem("lq~title=Growth 100% = jobs")?.title).toBe("Growth 100% = jobs");
    expect(decodeDeckItem("lq~title=%20%20")).toBeNull();
    expect(cleanSlideTitle("  Two\tspaces  ")).toBe("Two spaces");
  });
});
