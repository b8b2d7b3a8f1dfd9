import { describe, expect, it } from "vitest";
import { DEFAULT_NUMBER_PATTERN, formatDocumentNumber, isDraftSummary, numberPatternProblem } from "./document-number";

describe("document numbers", () => {
  it("fill the pattern with the year of issue and the counter, padded as asked", () => {
    expect(formatDocumentNumber(DEFAULT_NUMBER_PATTERN, 2026, 7)).toBe("TM-2026-007");
    expect(formatDocumentNumber(DEFAULT_NUMBER_PATTERN, 2026, 1234)).toBe("TM-2026-1234");
    expect(formatDocumentNumber("监测〔{year}〕{seq}号", 2027, 12)).toBe("监测〔2027〕12号");
    expect(formatDocumentNumber("{seq:1}/{year}", 2026, 3)).toBe("3/2026");
  });

  it("take a pattern only with the counter and known tokens", () => {
    expect(numberPatternProblem(DEFAULT_NUMBER_PATTERN)).toBeNull();
    expect(numberPatternProblem("{year}{seq}")).toBeNull();
    expect(numberPatternProblem("{seq:6}/{year}")).toBeNull();
    expect(numberPatternProblem("{seq}")).toBe("pattern_no_year");
    expect(numberPatternProblem("TM-{year}")).toBe("pattern_no_seq");
    expect(numberPatternProblem("TM-{year}-{n}")).toBe("pattern_unknown_token");
    expect(numberPatternProblem("TM-{year:2}-{seq}")).toBe("pattern_unknown_token");
    expect(numberPatternProblem("TM-{seq")).toBe("pattern_unknown_token");
    expect(numberPatternProblem("{year}{seq:0}")).toBe("pattern_digits");
    expect(numberPatternProblem("{year}{seq:7}")).toBe("pattern_digits");
  });

  it("a summary is a draft until its year is approved and its grade decided", () => {
    expect(isDraftSummary("approved", "confirmed")).toBe(false);
    expect(isDraftSummary("approved", "overridden")).toBe(false);
    expect(isDraftSummary("approved", "proposed")).toBe(true);
    expect(isDraftSummary("submitted", "confirmed")).toBe(true);
    expect(isDraftSummary("draft", "confirmed")).toBe(true);
  });
});
