import { describe, expect, it } from "vitest";
import { PROVINCE_TILES, TILE_COLUMNS, TILE_ROWS, tileDots, toneOf, type TileTone } from "@/lib/domain/province-tiles";
import { PROVINCES } from "@/lib/domain/regions";

describe("the province tile grid", () => {
  it("places each of the 31 provinces once, inside the grid, no two on one square", () => {
    expect(Object.keys(PROVINCE_TILES).sort()).toEqual([...PROVINCES].sort());
    const cells = Object.values(PROVINCE_TILES).map(([r, c]) => `${r},${c}`);
    expect(new Set(cells).size).toBe(31);
    for (const [r, c] of Object.values(PROVINCE_TILES)) {
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThan(TILE_ROWS);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThan(TILE_COLUMNS);
    }
  });

  it("keeps north above south and west left of east", () => {
    const [hlj] = PROVINCE_TILES.Heilongjiang!;
    const [hainan] = PROVINCE_TILES.Hainan!;
    expect(hlj).toBeLessThan(hainan);
    expect(PROVINCE_TILES.Xinjiang![1]).toBeLessThan(PROVINCE_TILES.Shanghai![1]);
  });
});

describe("toneOf", () => {
  it("is good from 80 %, fair from 50 %, poor below, none without a target", () => {
    expect(toneOf(0.8)).toBe("good");
    expect(toneOf(0.7999)).toBe("fair");
    expect(toneOf(0.5)).toBe("fair");
    expect(toneOf(0.4999)).toBe("poor");
    expect(toneOf(0)).toBe("poor");
    expect(toneOf(1)).toBe("good");
    expect(toneOf(null)).toBe("none");
  });
});

describe("a tile's dots", () => {
  const areas = (tones: TileTone[]) => tones.map((tone, i) => ({ code: `a${i}`, tone }));
  it("draws a dot per area up to 12", () => {
    const twelve = areas([...Array(6).fill("good"), ...Array(6).fill("poor")] as TileTone[]);
    expect(tileDots(twelve)).toEqual({ kind: "areas", areas: twelve });
  });
  it("from 13 areas, counts them by tone instead, tones without areas left out", () => {
    const thirteen = areas([...Array(7).fill("good"), ...Array(5).fill("poor"), "none"] as TileTone[]);
    expect(tileDots(thirteen)).toEqual({ kind: "tones", counts: [{ tone: "good", count: 7 }, { tone: "poor", count: 5 }, { tone: "none", count: 1 }] });
  });
});
