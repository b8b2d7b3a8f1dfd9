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

  it("has no compound pace to or from a level that is not positive", () => {
    // A fall to 0 or below has no compound rate (0^(1/5) − 1 = −1 would read as "−100 % a year").
    expect(yearlyPace("compound", 5, 0, 5)).toBeNull();
    expect(yearlyPace("compound", 5, -5, 5)).toBeNull();
    expect(yearlyPace("compound", -5, 5, 5)).toBeNull();
    // The linear form takes them: (0 − 5) / 5 / 5 = −0.2; (5 − (−5)) / 5 / |−5| = 0.4
    expect(yearlyPace("linear", 5, 0, 5)).toBeCloseTo(-0.2, 12);
    expect(yearlyPace("linear", -5, 5, 5)).toBeCloseTo(0.4, 12);
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

  it("leaves out paces that are not finite numbers", () => {
    // Kept: 0.01, 0.03 → count 2; median at position 0.5: 0.01 + 0.5 × 0.02 = 0.02;
    // p75 at position 0.75: 0.01 + 0.75 × 0.02 = 0.025; best 0.03
    expect(peerPaces([0.01, Number.NaN, 0.03, Number.POSITIVE_INFINITY], "higher")).toEqual({
      count: 2,
      median: expect.closeTo(0.02, 12),
      p75: expect.closeTo(0.025, 12),
      best: 0.03,
    });
    expect(peerPaces([Number.NaN], "higher")).toBeNull();
  });

  it("leaves out the peers without a pace", () => {
    // 100 → 110 over one year: 0.1; a peer starting from 0 has no compound pace → one peer counted
    expect(peerPacesOf("compound", [{ from: 100, to: 110 }, { from: 0, to: 5 }], 1, "higher")).toEqual({
      count: 1,
      median: expect.closeTo(0.1, 12),
      p75: expect.closeTo(0.1, 12),
      best: expect.closeTo(0.1, 12),
    });
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

  it("gives the own pace alone without a proposed target, and no flag", () => {
    // Own pace 0.0388601 as above; no target → no required pace, so neither flag (not "undemanding").
    const a = targetAid({ direction: "higher", growthForm: "compound", previous, peers, proposed: null });
    expect(a.ownPace).toBeCloseTo(0.0388601, 6);
    expect(a.requiredPace).toBeNull();
    expect(a.flag).toBeNull();
  });

  it("has no own pace without both of the previous period's values, and then never calls a target undemanding", () => {
    // Linear, 2025 value 100 → 80 in 2030 (absolute): (80 − 100) / 5 / 100 = −0.04 a year, a fall,
    // below no own pace (there is none) and not beyond the best peer (0.1) → no flag
    const linear = (baseValue: number | null, targetYearValue: number | null) =>
      targetAid({
        direction: "higher",
        growthForm: "linear",
        previous: { baseYear: 2020, targetYear: 2025, baseValue, targetYearValue },
        peers,
        proposed: { kind: "absolute", value: 80, baseYear: 2025, targetYear: 2030 },
      });
    const noBase = linear(null, 100);
    expect(noBase.ownPace).toBeNull();
    expect(noBase.requiredPace).toBeCloseTo(-0.04, 12);
    expect(noBase.flag).toBeNull();
    // 2020 value but no 2025 value: no own pace, and no required pace either (it starts from 2025)
    expect(linear(100, null)).toEqual({ ownPace: null, requiredPace: null, flag: null });
  });

  it("puts the ambitious line exactly at the best peer's pace plus the rounding slack", () => {
    // Linear, from 1 in 2025 to 1.5 in 2026: (1.5 − 1) / 1 / 1 = 0.5 a year. Own pace 1 → 1: 0.
    // Best peer 0.5 − 1e-9, so the line is (0.5 − 1e-9) + 1e-9 = 0.5 (exact in floating point):
    // 0.5 is on it (not beyond), 0.51 beyond it.
    const at = (value: number) =>
      targetAid({
        direction: "higher",
        growthForm: "linear",
        previous: { baseYear: 2024, targetYear: 2025, baseValue: 1, targetYearValue: 1 },
        peers: { count: 1, median: 0.5 - 1e-9, p75: 0.5 - 1e-9, best: 0.5 - 1e-9 },
        proposed: { kind: "absolute", value, baseYear: 2025, targetYear: 2026 },
      });
    expect(at(1.5).requiredPace).toBe(0.5);
    expect(at(1.5).flag).toBeNull();
    expect(at(1.51).flag).toBe("ambitious");
  });

  it("puts the undemanding line exactly at the own pace minus the rounding slack", () => {
    // Linear, own pace 1 → 3 over 2024–2025: (3 − 1) / 1 / 1 = 2 a year; the line is 2 − 1e-9 = 1.999999999.
    // Target 9 in 2026: (9 − 3) / 1 / 3 = 2, the own pace → no flag; 8.999999997: (5.999999997) / 3 =
    // 1.999999999, on the line (exact in floating point) → no flag; 8.99: 5.99 / 3 = 1.99667 → undemanding.
    const at = (value: number) =>
      targetAid({
        direction: "higher",
        growthForm: "linear",
        previous: { baseYear: 2024, targetYear: 2025, baseValue: 1, targetYearValue: 3 },
        peers: null,
        proposed: { kind: "absolute", value, baseYear: 2025, targetYear: 2026 },
      });
    expect(at(9).ownPace).toBe(2);
    expect(at(9).flag).toBeNull();
    expect(at(8.999999997).requiredPace).toBe(2 - 1e-9);
    expect(at(8.999999997).flag).toBeNull();
    expect(at(8.99).flag).toBe("undemanding");
  });
});
