import { describe, expect, it } from "vitest";
import { computeComposite, type Observation, type ScoredIndicator } from "@/lib/domain/composite";
import { previousYearScoresOnWindow } from "./previous-scores";

const INDICATORS: ScoredIndicator[] = [
  { key: "up", direction: "higher", dimension: "entity" },
  { key: "down", direction: "lower", dimension: "factor" },
];

// Three areas, 2020–2022, values spread evenly so that no value is an outlier and nothing is skewed.
const VALUES: Record<string, Record<string, number[]>> = {
  a: { up: [10, 12, 14], down: [5, 4, 3] },
  b: { up: [11, 13, 15], down: [6, 5, 4] },
  c: { up: [12, 16, 18], down: [7, 6, 5] },
};
const OBS: Observation[] = Object.entries(VALUES).flatMap(([areaCode, byKey]) =>
  Object.entries(byKey).flatMap(([indicatorKey, series]) => series.map((value, i) => ({ areaCode, indicatorKey, year: 2020 + i, value }))),
);
const input = { year: 2022, windowStart: 2020, areaCodes: ["a", "b", "c"], indicators: INDICATORS, observations: OBS };

const scoreOf = (scores: { areaCode: string; indicatorKey: string; score: number | null; value: number | null }[], area: string, key: string) =>
  scores.find((s) => s.areaCode === area && s.indicatorKey === key)!;

describe("previousYearScoresOnWindow", () => {
  it("scores year Y−1 with the minimum and maximum of the whole window 2020…Y (by hand)", () => {
    const prev = previousYearScoresOnWindow(input)!;
    // "up": window min 10, max 18. Area c in 2021: (16 − 10) ÷ 8 = 0.75.
    expect(scoreOf(prev, "c", "up")).toMatchObject({ value: 16, score: 0.75 });
    // Area a in 2021: (12 − 10) ÷ 8 = 0.25.
    expect(scoreOf(prev, "a", "up").score).toBeCloseTo(0.25, 12);
    // "down" (lower is better): min 3, max 7. Area b in 2021: 1 − (5 − 3) ÷ 4 = 0.5.
    expect(scoreOf(prev, "b", "down")).toMatchObject({ value: 5, score: 0.5 });
  });

  it("uses the same scale as year Y's scores, unlike the Y−1 window alone", () => {
    const current = computeComposite(input).indicatorScores;
    // Year 2022 on the same window: area c (18 − 10) ÷ 8 = 1.
    expect(scoreOf(current, "c", "up").score).toBe(1);
    // The Y−1 window (2020–2021) would have put 2021's 16 at the top (score 1): not comparable with 2022's.
    const ownWindow = computeComposite({ ...input, year: 2021 }).indicatorScores;
    expect(scoreOf(ownWindow, "c", "up").score).toBe(1);
    expect(scoreOf(previousYearScoresOnWindow(input)!, "c", "up").score).toBe(0.75);
  });

  it("leaves year Y's own scores untouched and needs a year before Y inside the window", () => {
    const before = JSON.stringify(input.observations);
    previousYearScoresOnWindow(input);
    expect(JSON.stringify(input.observations)).toBe(before);
    expect(previousYearScoresOnWindow({ ...input, year: 2020 })).toBeNull();
  });

  it("scores Y−1 when it is the window's first year, with the window the caller gives", () => {
    // Window 2020–2021: Y−1 = 2020 = windowStart, inside the window
    expect(previousYearScoresOnWindow({ ...input, year: 2021 })).not.toBeNull();
    // Window 2019–2020 (not the default 2020): Y−1 = 2019 is inside it
    const early = { ...input, year: 2020, windowStart: 2019, observations: OBS.map((o) => ({ ...o, year: o.year - 1 })) };
    expect(previousYearScoresOnWindow(early)).not.toBeNull();
    // Without a windowStart the default 2020 applies: Y = 2020 has no Y−1 inside it
    expect(previousYearScoresOnWindow({ year: 2020, areaCodes: input.areaCodes, indicators: input.indicators, observations: OBS })).toBeNull();
  });

  it("gives no score to an area without a value in Y−1", () => {
    const missing = OBS.filter((o) => !(o.areaCode === "a" && o.year === 2021));
    const prev = previousYearScoresOnWindow({ ...input, observations: missing })!;
    expect(scoreOf(prev, "a", "up")).toMatchObject({ value: null, score: null });
  });
});
