import { describe, expect, it } from "vitest";
import { filledInJobs, isFilledIn } from "../../lib/calculations/filled-in";
import { formatters } from "../../lib/format";

const figure = (employment: number | null, employmentReported: number | null, employmentIsLowerBound = false) => ({
  employment,
  employmentReported,
  employmentIsLowerBound,
});

describe("jobs a source filled in", () => {
  it("are the figure minus its published cells (San Diego's Water Transportation, CMP 2016: 10,199 of which 150 filled in)", () => {
    expect(filledInJobs(figure(10199, 10049))).toBe(150);
    expect(isFilledIn(figure(10199, 10049))).toBe(true);
    expect(formatters("en").jobsMarked(figure(10199, 10049))).toBe("10,199*");
  });

  it("are none (0, no mark) when every cell was published", () => {
    expect(filledInJobs(figure(1200, 1200))).toBe(0);
    expect(isFilledIn(figure(1200, 1200))).toBe(false);
    expect(formatters("en").jobsMarked(figure(1200, 1200))).toBe("1,200");
  });

  it("are unknown for a lower bound (a sum of published cells) and where a figure is missing", () => {
    expect(filledInJobs(figure(164419, 164419, true))).toBeNull();
    expect(formatters("es").jobsMarked(figure(164419, 164419, true))).toBe("≥ 164,419");
    expect(filledInJobs(figure(null, 10))).toBeNull();
    expect(filledInJobs(figure(10, null))).toBeNull();
    expect(formatters("en").jobsMarked(figure(null, null))).toBe("—");
  });
});
