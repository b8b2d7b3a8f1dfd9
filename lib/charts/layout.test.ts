import { describe, expect, it } from "vitest";
import { anchorWithin, byValue, labelledTicks, labelStep, nearestIndex, targetLabelAbove } from "./layout";

describe("nearestIndex", () => {
  it("finds the position nearest the pointer", () => {
    // Years at 40, 120, 200: 150 is 30 from 120 and 50 from 200.
    expect(nearestIndex([40, 120, 200], 150)).toBe(1);
    expect(nearestIndex([40, 120, 200], 0)).toBe(0);
    expect(nearestIndex([40, 120, 200], 999)).toBe(2);
  });

  it("takes the first of two equally near, and nothing from no positions", () => {
    expect(nearestIndex([40, 120], 80)).toBe(0);
    expect(nearestIndex([], 80)).toBeNull();
  });
});

describe("byValue", () => {
  it("puts the largest first, keeps ties in order and rows without data last", () => {
    const rows = [
      { code: "a", value: 3 },
      { code: "b", value: null },
      { code: "c", value: 7 },
      { code: "d", value: 3 },
      { code: "e", value: null },
      { code: "f", value: -1 },
    ];
    expect(byValue(rows).map((r) => r.code)).toEqual(["c", "a", "d", "f", "b", "e"]);
    // The caller's array is left as it was.
    expect(rows[0]!.code).toBe("a");
  });
});

describe("anchorWithin", () => {
  it("centres a label unless it would be cut at an edge", () => {
    // 80 px wide label in a 400 px chart: centred at 200 it spans 160…240.
    expect(anchorWithin(200, 80, 400)).toBe("middle");
    // At 370 it would end at 410 > 400: anchored at its end.
    expect(anchorWithin(370, 80, 400)).toBe("end");
    // At 30 it would start at −10: anchored at its start.
    expect(anchorWithin(30, 80, 400)).toBe("start");
  });
});

describe("labelStep", () => {
  it("labels every category while they fit, then every n-th", () => {
    // Years are 4 × 0.6 × 12 = 28.8 px wide; with 8 px between them they need 36.8 px.
    expect(labelStep(28.8, 80, 8)).toBe(1);
    // 8 years on a 375 px phone: 300 px / 7 ≈ 42.9 px apart → every year.
    expect(labelStep(28.8, 300 / 7, 8)).toBe(1);
    // 20 px apart: 36.8 / 20 = 1.84 → every second.
    expect(labelStep(28.8, 20, 8)).toBe(2);
    // 12 px apart: 36.8 / 12 = 3.07 → every fourth.
    expect(labelStep(28.8, 12, 8)).toBe(4);
  });

  it("a single category is always labelled", () => {
    expect(labelStep(28.8, Infinity, 8)).toBe(1);
  });
});

describe("labelledTicks", () => {
  it("keeps every label when they fit", () => {
    expect(labelledTicks(5, 1, 1)).toEqual([true, true, true, true, true]);
  });

  it("thins from zero both ways, so zero and its multiples stay named", () => {
    // The progress axis −50, 0, 50, 100, 150 % on a phone, every second label: 0 % and 100 % stay;
    // counted from −50 % it would have kept −50, 50 and 150 % and dropped both.
    expect(labelledTicks(5, 2, 1)).toEqual([false, true, false, true, false]);
    // A bar axis 0, 10, …, 40 from zero: 0, 20, 40.
    expect(labelledTicks(5, 2, 0)).toEqual([true, false, true, false, true]);
  });
});

describe("targetLabelAbove", () => {
  it("labels the higher reference line above itself and the lower one below", () => {
    expect(targetLabelAbove(120, 100)).toBe(true);
    expect(targetLabelAbove(80, 100)).toBe(false);
    expect(targetLabelAbove(100, 100)).toBe(true);
  });

  it("with one line missing, the target's side stays above (so a national line alone is labelled below)", () => {
    expect(targetLabelAbove(80, null)).toBe(true);
    expect(targetLabelAbove(null, 100)).toBe(true);
  });
});
