import { describe, expect, it } from "vitest";
import { BOM, exportFilename, neutraliseFormula, toCsv } from "../../lib/csv";

describe("CSV", () => {
  it("writes RFC 4180: CRLF, commas and doubled quotes, numbers unformatted", () => {
    const text = toCsv(
      ["name", "employment_jobs", "location_quotient"],
      [
        ["Local Real Estate, Construction, and Development", 110764, 1.2294856],
        ['The "Border"', 1234567.5, null],
      ],
      { bom: false },
    );
    expect(text).toBe(
      'name,employment_jobs,location_quotient\r\n"Local Real Estate, Construction, and Development",110764,1.2294856\r\n"The ""Border""",1234567.5,\r\n',
    );
  });
  it("starts with a byte-order mark unless asked not to", () => {
    expect(toCsv(["a"], [["Tijuana"]]).startsWith(BOM)).toBe(true);
    expect(toCsv(["a"], [["Tijuana"]], { bom: false }).startsWith(BOM)).toBe(false);
  });
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["Mexicali", "Mexicali"],
  ])("neutralises %j", (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });
  it("keeps negative numbers as numbers and booleans as words", () => {
    expect(toCsv(["change", "lower_bound"], [[-32715, true]], { bom: false })).toBe(
      "change,lower_bound\r\n-32715,true\r\n",
    );
  });
  it("names files after what they hold", () => {
    expect(exportFilename(["clusters-by-lq", 2016, "us-side", null, "top-20", "en"])).toBe(
      "calibaja-clusters-by-lq-2016-us-side-top-20-en.csv",
    );
  });
});

describe("yes/no cells", () => {
  it("are written in the file's language", () => {
    expect(toCsv(["lower_bound"], [[true], [false]], { bom: false })).toBe("lower_bound\r\ntrue\r\nfalse\r\n");
    expect(toCsv(["cota_inferior"], [[true], [false], [null]], { bom: false, lang: "es" })).toBe(
      "cota_inferior\r\nverdadero\r\nfalso\r\n\r\n",
    );
  });
});
