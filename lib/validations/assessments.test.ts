import { describe, expect, it } from "vitest";
import { QUALITATIVE_ASPECTS } from "@/lib/domain/enums";
import { assessmentSchema, QUALITATIVE_SCORE_MAX, QUALITATIVE_SCORE_MIN } from "./assessments";

const withScore = (score: unknown) => ({
  areaCode: "zigong",
  year: 2024,
  aspects: Object.fromEntries(QUALITATIVE_ASPECTS.map((a, i) => [a, { score: i === 0 ? score : "", comment: "" }])),
});
const scoreOf = (score: unknown) => {
  const parsed = assessmentSchema.safeParse(withScore(score));
  return parsed.success ? parsed.data.aspects[QUALITATIVE_ASPECTS[0]].score : "refused";
};

describe("a qualitative score", () => {
  it("takes whole numbers from 1 to 5, pinned on both sides of each bound", () => {
    expect([QUALITATIVE_SCORE_MIN, QUALITATIVE_SCORE_MAX]).toEqual([1, 5]);
    expect(scoreOf("0")).toBe("refused");
    expect(scoreOf("1")).toBe(1);
    expect(scoreOf("5")).toBe(5);
    expect(scoreOf("6")).toBe("refused");
  });

  it("counts a blank as not scored, and refuses anything not written as a plain whole number", () => {
    expect(scoreOf("")).toBe(null);
    expect(scoreOf(null)).toBe(null);
    for (const text of ["3.0", " 3", "3 ", "03", "+3", "-1", "1e0", "three", "NaN"]) expect(scoreOf(text), text).toBe("refused");
    expect(scoreOf(3), "a number rather than form text").toBe("refused");
  });
});
