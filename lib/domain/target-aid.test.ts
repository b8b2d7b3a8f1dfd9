import { describe, expect, it } from "vitest";
import { peerPaces, peerPacesOf, targetAid, yearlyPace } from "@/lib/domain/target-aid";

// Every expectation is worked out by hand; the comment shows the arithmetic.

describe("yearlyPace", () => {
  it("is compound growth, or a line's slope over the starting level", () => {
    // (121 / 100)^(1/2) − 1 = 0.1
    expect(yearlyPace("compound", 100, 121, 2)).toBeCloseTo(0.1, 12);
    // (60 − 40) / 5 / 40 = 0.1
    expect(yearlyPace("linear", 40, 60, 5)).toBeCloseTo(0.1, 12);
    expect(yearlyPace("compound", 0, 5, 5)).toBeNull();
    expect(yearlyPace("linear", 0, 5, 5)).toBeNull();
    expect(yearlyPace("compound", 1, 2, 0)).toBeNull();
  });
});

describe("peerPaces", () => {
  it("takes the median, 75th percentile and best in the indicator's direction", () => {
    // Sorted: 0.01 0.02 0.03 0.04 0.05; median 0.03; p75 at position 3 → 0.04; best 0.05
    expect(peerPaces([0.05, 0.01, 0.03, 0.02, 0.04], "higher")).toEqual({ count: 5, median: 0.03, p75: expect.closeTo(0.04, 12), best: 0.05 });
    // Lower is better: the steepest fall is the best; p75 at position 3 of (0.01 0.02 0.03 0.04 0.05) → −0.04
    expect(peerPaces([-0.05, -0.01, -0.03, -0.02, -0.04], "lower")).toEqual({ count: 5, median: -0.03, p75: expect.closeTo(-0.04, 12), best: -0.05 });
    // Four peers: p75 at position 2.25 → 0.03 + 0.25 × (0.04 − 0.03) = 0.0325
    expect(peerPaces([0.01, 0.02, 0.03, 0.04], "higher")?.p75).toBeCloseTo(0.0325, 12);
    expect(peerPaces([], "higher")).toBeNull();
  });
});

describe("targetAid", () => {
  // Own pace 2020–2025: 100 → 121 over 5 years: 1.21^(1/5) − 1 = e^(0.1906204 / 5) − 1 = 0.0388601
  const previous = { baseYear: 2020, targetYear: 2025, baseValue: 100, targetYearValue: 121 };
  // Peers 2020–2025: 100 → 161.051 (10 % a year, the best), 100 → 127.628 (5 %), 100 → 110.408 (2 %)
  const peers = peerPacesOf(
    "compound",
    [
      { from: 100, to: 161.051 },
      { from: 100, to: 127.62815625 },
      { from: 100, to: 110.40808032 },
    ],
    5,
    "higher",
  );
  const aid = (value: number) =>
    targetAid({ direction: "higher", growthForm: "compound", previous, peers, proposed: { kind: "annual_growth", value, baseYear: 2025, targetYear: 2030 } });

  it("gives the area's own pace, the pace asked for and the peers'", () => {
    const a = aid(7);
    expect(a.ownPace).toBeCloseTo(0.0388601, 6);
    expect(a.requiredPace).toBeCloseTo(0.07, 12);
    expect(peers).toEqual({ count: 3, median: expect.closeTo(0.05, 9), p75: expect.closeTo(0.075, 9), best: expect.closeTo(0.1, 9) });
    expect(a.flag).toBeNull();
  });

  it("flags a target beyond the best peer as ambitious, one at it not", () => {
    expect(aid(10.1).flag).toBe("ambitious");
    expect(aid(10).flag).toBeNull();
  });

  it("flags a target below the area's own past pace as undemanding, one at it not", () => {
    // Own pace 3.886 %: 3.88 % a year asks for less, 3.89 % for more
    expect(aid(3.88).flag).toBe("undemanding");
    expect(aid(3.89).flag).toBeNull();
  });

  it("reads a lower-is-better indicator the other way round", () => {
    // Own: 1 → 0.9 (−2.085 % a year); peers' best −5 % a year (1 → 0.77378)
    const lower = (target: number) =>
      targetAid({
        direction: "lower",
        growthForm: "compound",
        previous: { baseYear: 2020, targetYear: 2025, baseValue: 1, targetYearValue: 0.9 },
        peers: peerPacesOf("compound", [{ from: 1, to: 0.7737809375 }, { from: 1, to: 0.95 }], 5, "lower"),
        proposed: { kind: "change_pct", value: target, baseYear: 2025, targetYear: 2030 },
      }).flag;
    // −30 % over 5 years: 0.7^(1/5) − 1 = −6.88 % a year, steeper than −5 % → ambitious
    expect(lower(-30)).toBe("ambitious");
    // −5 % over 5 years: 0.95^(1/5) − 1 = −1.02 % a year, less than the own −2.085 % → undemanding
    expect(lower(-5)).toBe("undemanding");
    // −15 %: −3.20 % a year, between → no flag
    expect(lower(-15)).toBeNull();
  });

  it("has no required pace or flag without the new base value", () => {
    const a = targetAid({ direction: "higher", growthForm: "compound", previous: { ...previous, targetYearValue: null }, peers, proposed: { kind: "absolute", value: 200, baseYear: 2025, targetYear: 2030 } });
    expect(a).toMatchObject({ ownPace: null, requiredPace: null, flag: null });
  });
});
