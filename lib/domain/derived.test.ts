import { describe, expect, it } from "vitest";
import { computeDerivedForYear, NET_MIGRATION_INPUTS, NET_MIGRATION_KEY, netMigrationRate } from "@/lib/domain/derived";
import { INDICATOR_CATALOGUE } from "@/db/seed/indicators";

describe("netMigrationRate", () => {
  it("subtracts natural increase from the population change", () => {
    // natural increase = 300 × (−2/1000) = −0.6; migration = (297 − 300) − (−0.6) = −2.4;
    // rate = −2.4 / 300 × 100 = −0.8 %
    expect(netMigrationRate(300, 297, -2)).toBeCloseTo(-0.8, 10);
  });

  it("shows net inflow", () => {
    // natural increase = 500 × 3/1000 = 1.5; migration = (510 − 500) − 1.5 = 8.5; rate = 8.5/500 × 100 = 1.7 %
    expect(netMigrationRate(500, 510, 3)).toBeCloseTo(1.7, 10);
  });

  it("is zero when the change is all natural increase", () => {
    // natural increase = 200 × 5/1000 = 1; migration = 201 − 200 − 1 = 0
    expect(netMigrationRate(200, 201, 5)).toBeCloseTo(0, 10);
  });

  it("returns null for a non-positive or non-finite previous population, or non-finite inputs", () => {
    expect(netMigrationRate(0, 297, -2)).toBeNull();
    expect(netMigrationRate(-1, 297, -2)).toBeNull();
    expect(netMigrationRate(Number.NaN, 297, -2)).toBeNull();
    expect(netMigrationRate(300, Number.POSITIVE_INFINITY, -2)).toBeNull();
    expect(netMigrationRate(300, 297, Number.NaN)).toBeNull();
  });
});

describe("computeDerivedForYear", () => {
  const stored: Record<string, number> = {
    "pop_resident:2021": 300,
    "pop_resident:2022": 297,
    "natural_increase_rate:2022": -2,
    "natural_increase_rate:2021": 1,
  };
  const lookup = (key: string, year: number) => stored[`${key}:${year}`];

  it("computes net migration from last year's population and this year's rate", () => {
    // (297 − 300 − 300 × (−2)/1000) / 300 × 100 = −2.4/300 × 100 = −0.8
    const derived = computeDerivedForYear(2022, lookup);
    expect(Object.keys(derived)).toEqual([NET_MIGRATION_KEY]);
    expect(derived[NET_MIGRATION_KEY]).toBeCloseTo(-0.8, 10);
  });

  it("returns null when an input is missing", () => {
    // 2021 has no 2020 population; 2023 has neither population nor rate
    expect(computeDerivedForYear(2021, lookup)).toEqual({ [NET_MIGRATION_KEY]: null });
    expect(computeDerivedForYear(2023, lookup)).toEqual({ [NET_MIGRATION_KEY]: null });
  });

  it("covers every catalogue indicator that declares a derivation, and its inputs exist", () => {
    const derivedKeys = INDICATOR_CATALOGUE.filter((i) => i.derivation).map((i) => i.key);
    expect(Object.keys(computeDerivedForYear(2022, lookup)).sort()).toEqual(derivedKeys.sort());
    const keys = new Set(INDICATOR_CATALOGUE.map((i) => i.key));
    for (const input of NET_MIGRATION_INPUTS) expect(keys.has(input)).toBe(true);
  });
});
