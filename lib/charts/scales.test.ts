import { describe, expect, it } from "vitest";
import { bands, fittedScale, linear, paddedScale, spoke, textWidth, truncate, zeroBasedScale } from "./scales";

describe("paddedScale", () => {
  it("pads the range by 10 % and snaps to steps of 1, 2 or 5 × 10^k", () => {
    // 10…20 padded to 9…21; a quarter of 12 is 3 → step 5; 5…25.
    expect(paddedScale([10, 20])).toEqual({ domain: [5, 25], ticks: [5, 10, 15, 20, 25], digits: 0 });
    // 1.2…1.8 padded to 1.14…1.86; a quarter of 0.72 is 0.18 → step 0.2; 1.0…2.0.
    expect(paddedScale([1.2, 1.8])).toEqual({ domain: [1, 2], ticks: [1, 1.2, 1.4, 1.6, 1.8, 2], digits: 1 });
  });

  it("keeps zero as the floor for positive values, and pads a single value by 10 % of itself", () => {
    // 4000 alone: pad 400 → 3600…4400; a quarter of 800 is 200 → step 200.
    expect(paddedScale([4000]).ticks).toEqual([3600, 3800, 4000, 4200, 4400]);
    // 0.5…10 padded by 0.95 → max(0, −0.45) = 0 … 10.95; a quarter is 2.74 → step 5; 0…15.
    expect(paddedScale([0.5, 10]).domain).toEqual([0, 15]);
  });

  it("an empty chart still has an axis", () => {
    expect(paddedScale([])).toEqual({ domain: [0, 1], ticks: [0, 1], digits: 0 });
  });
});

describe("zeroBasedScale", () => {
  it("starts at zero and ends on the first tick past the data", () => {
    // 0…37: a quarter is 9.25 → step 10; 0…40.
    expect(zeroBasedScale([12, 37, 5]).ticks).toEqual([0, 10, 20, 30, 40]);
    // −3…8: span 11, a quarter 2.75 → step 5; −5…10.
    expect(zeroBasedScale([-3, 8]).ticks).toEqual([-5, 0, 5, 10]);
  });

  it("all zeros still give two ticks", () => {
    expect(zeroBasedScale([0, 0]).ticks.length).toBeGreaterThan(1);
  });
});

describe("fittedScale", () => {
  it("widens the data's range to nice ticks", () => {
    // d3 steps 1, 2 or 5 × 10^k until the domain stops moving: 14.7 / 5 = 2.94 → step 2 → 2…18;
    // 16 / 5 = 3.2 (≥ √10) → step 5 → 0…20; 20 / 5 = 4 → step 5 again.
    expect(fittedScale([3.2, 17.9])).toEqual({ domain: [0, 20], ticks: [0, 5, 10, 15, 20], digits: 0 });
    // 0.35 / 4 = 0.0875 (≥ √50 × 0.01) → step 0.1 → 0.1…0.5, which stays.
    expect(fittedScale([0.12, 0.47], 4)).toEqual({ domain: [0.1, 0.5], ticks: [0.1, 0.2, 0.3, 0.4, 0.5], digits: 1 });
  });

  it("below zero, as the population chart's migration rates are", () => {
    // 0…−0.56: 0.56 / 5 = 0.112 → step 0.1 → −0.6…0, which stays; seven ticks of one decimal.
    expect(fittedScale([0, -0.56, -0.34])).toEqual({ domain: [-0.6, 0], ticks: [-0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0], digits: 1 });
  });

  it("a single value is widened by 10 % of itself either side first", () => {
    // 245.4 → 220.86…269.94; 49.08 / 5 = 9.8 (≥ √50) → step 10 → 220…270, which stays.
    expect(fittedScale([245.4])).toEqual({ domain: [220, 270], ticks: [220, 230, 240, 250, 260, 270], digits: 0 });
  });
});

describe("geometry", () => {
  it("maps a domain onto pixels, bottom to top for y", () => {
    const y = linear([0, 100], [220, 20]);
    expect(y(0)).toBe(220);
    expect(y(25)).toBe(170);
    expect(y(100)).toBe(20);
  });

  it("centres bands across the plot", () => {
    const b = bands(4, 40, 440);
    expect(b.width).toBe(100);
    expect([0, 1, 3].map(b.centre)).toEqual([90, 190, 390]);
  });

  it("puts the first spoke at the top and the others clockwise", () => {
    const top = spoke(0, 4, 10, 50, 50);
    const right = spoke(1, 4, 10, 50, 50);
    expect([top.x, top.y]).toEqual([50, 40]);
    expect([Math.round(right.x), Math.round(right.y)]).toEqual([60, 50]);
  });

  it("estimates label widths: Chinese characters square, Latin about 0.6 em", () => {
    expect(textWidth("自贡市", 12)).toBe(36);
    expect(textWidth("4,000", 12)).toBe(36);
    expect(truncate("四川自贡产业转型升级示范区", 6)).toBe("四川自贡产…");
    expect(truncate("自贡", 6)).toBe("自贡");
  });
});
