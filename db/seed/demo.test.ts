import { describe, expect, it } from "vitest";
import { netMigrationRate } from "@/lib/domain/derived";
import { AREAS } from "./areas";
import { DEMO_DEFAULT_SEED, fitPath, generateDemoData, withinYoy, type DemoValue } from "./demo";
import { catalogueRows } from "./indicators";

const catalogue = catalogueRows();
const byKey = new Map(catalogue.map((ind) => [ind.key, ind]));
const data = generateDemoData(DEMO_DEFAULT_SEED, AREAS, catalogue);
const valueOf = new Map(data.values.map((v) => [`${v.areaCode}|${v.indicatorKey}|${v.year}`, v.value]));
const get = (area: string, key: string, year: number) => valueOf.get(`${area}|${key}|${year}`);
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024];

function indicator(key: string) {
  const ind = byKey.get(key);
  if (!ind) throw new Error(`unknown indicator ${key}`);
  return ind;
}

describe("generateDemoData", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateDemoData(DEMO_DEFAULT_SEED, AREAS, catalogue)).toEqual(data);
    const other = generateDemoData(DEMO_DEFAULT_SEED + 1, AREAS, catalogue);
    expect(other.values).not.toEqual(data.values);
    expect(other.targets).not.toEqual(data.targets);
  });

  it("keeps an area's numbers when other areas are added or removed", () => {
    const zigongOnly = generateDemoData(DEMO_DEFAULT_SEED, AREAS.filter((a) => a.code === "zigong"), catalogue);
    expect(zigongOnly.values).toEqual(data.values.filter((v) => v.areaCode === "zigong"));
  });

  it("covers every area and indicator from 2018 to 2025, 2025 for all but the areas the end-to-end suite enters it for", () => {
    const areas = new Set(data.values.map((v) => v.areaCode));
    expect(areas.size).toBe(40);
    const keys = new Set(data.values.map((v) => v.indicatorKey));
    expect([...keys].sort()).toEqual(catalogue.map((c) => c.key).sort());
    expect(Math.min(...data.values.map((v) => v.year))).toBe(2018);
    expect(Math.max(...data.values.map((v) => v.year))).toBe(2025);
    const with2025 = new Set(data.values.filter((v) => v.year === 2025).map((v) => v.areaCode));
    expect(with2025.size).toBe(37);
    for (const code of ["zigong", "tongling", "huangshi"]) expect(with2025.has(code)).toBe(false);
    expect(new Set(data.values.map((v) => `${v.areaCode}|${v.indicatorKey}|${v.year}`)).size).toBe(data.values.length);
  });

  it("puts every value inside its soft and hard range, rounded to the indicator's decimals", () => {
    const outside = data.values.filter((v) => {
      const ind = indicator(v.indicatorKey);
      const f = 10 ** ind.decimals;
      return (
        !Number.isFinite(v.value) ||
        v.value < (ind.softMin ?? -Infinity) ||
        v.value > (ind.softMax ?? Infinity) ||
        v.value < (ind.hardMin ?? -Infinity) ||
        v.value > (ind.hardMax ?? Infinity) ||
        Math.abs(Math.round(v.value * f) - v.value * f) > 1e-6
      );
    });
    expect(outside).toEqual([]);
  });

  it("keeps every year-on-year change inside the indicator's limits", () => {
    const jumps: DemoValue[] = [];
    for (const v of data.values) {
      const prev = get(v.areaCode, v.indicatorKey, v.year - 1);
      if (prev !== undefined && !withinYoy(indicator(v.indicatorKey), prev, v.value)) jumps.push(v);
    }
    expect(jumps).toEqual([]);
  });

  it("makes the three sector shares sum to 100 ± 0.5", () => {
    for (const area of AREAS) {
      for (const year of YEARS) {
        const sum = ["primary_share", "secondary_share", "tertiary_share"].reduce((s, k) => s + (get(area.code, k, year) ?? NaN), 0);
        expect(Math.abs(sum - 100), `${area.code} ${year}`).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it("sets the CO₂ index to 100 in 2020", () => {
    for (const area of AREAS) expect(get(area.code, "co2_intensity_index", 2020)).toBe(100);
  });

  it("derives net migration from the generated population and natural increase", () => {
    for (const area of AREAS) {
      expect(get(area.code, "net_migration_rate", 2018)).toBeUndefined();
      for (const year of YEARS.slice(1)) {
        const rate = netMigrationRate(
          get(area.code, "pop_resident", year - 1) as number,
          get(area.code, "pop_resident", year) as number,
          get(area.code, "natural_increase_rate", year) as number,
        );
        expect(rate).not.toBeNull();
        // Stored rounded to the indicator's two decimals.
        expect(get(area.code, "net_migration_rate", year)).toBe(Math.round((rate as number) * 100) / 100);
      }
    }
  });

  it("gives county parks smaller populations and resource-based areas more mining", () => {
    const mean = (codes: string[], key: string) =>
      codes.reduce((s, c) => s + (get(c, key, 2020) ?? 0), 0) / codes.length;
    const codes = (pred: (a: (typeof AREAS)[number]) => boolean) => AREAS.filter(pred).map((a) => a.code);
    expect(mean(codes((a) => a.level === "county"), "pop_resident")).toBeLessThan(mean(codes((a) => a.level === "city"), "pop_resident") / 3);
    const resource = codes((a) => a.type !== "old-industrial");
    const other = codes((a) => a.type === "old-industrial");
    expect(mean(resource, "mining_share")).toBeGreaterThan(mean(other, "mining_share") * 3);
    expect(mean(resource, "energy_intensity")).toBeGreaterThan(mean(other, "energy_intensity"));
  });

  it("leaves a few gaps, none for Zigong in 2020 or 2024", () => {
    const full = AREAS.length * catalogue.length * YEARS.length - AREAS.length; // no net migration in 2018
    const gaps = full - data.values.filter((v) => v.year <= 2024).length;
    expect(gaps).toBeGreaterThan(0);
    expect(gaps / full).toBeLessThan(0.05);
    for (const ind of catalogue) {
      expect(get("zigong", ind.key, 2020), ind.key).toBeDefined();
      expect(get("zigong", ind.key, 2024), ind.key).toBeDefined();
    }
  });

  it("mixes improving, flat and worsening trajectories", () => {
    const kinds = new Set<string>();
    for (const area of AREAS) {
      for (const ind of catalogue.filter((c) => c.direction !== "context")) {
        const first = get(area.code, ind.key, 2020);
        const last = get(area.code, ind.key, 2024);
        if (first === undefined || last === undefined || first === 0) continue;
        const change = ((last - first) / Math.abs(first)) * (ind.direction === "lower" ? -1 : 1);
        kinds.add(change > 0.02 ? "improving" : change < -0.02 ? "worsening" : "flat");
      }
    }
    expect([...kinds].sort()).toEqual(["flat", "improving", "worsening"]);
  });

  it("sets at least eight 2025 targets per area, only on scored indicators, inside the hard range", () => {
    const fyp14 = data.targets.filter((t) => t.period === "fyp14");
    for (const area of AREAS) {
      const targets = fyp14.filter((t) => t.areaCode === area.code);
      expect(targets.length).toBeGreaterThanOrEqual(8);
      expect(new Set(targets.map((t) => t.indicatorKey)).size).toBe(targets.length);
      expect(targets).toContainEqual(expect.objectContaining({ indicatorKey: "energy_intensity", kind: "change_pct", value: -13.5, baseYear: 2020 }));
      expect(targets.some((t) => t.indicatorKey === "co2_intensity_index" && t.kind === "absolute")).toBe(true);
    }
    for (const t of data.targets) {
      const ind = indicator(t.indicatorKey);
      expect(["higher", "lower"]).toContain(ind.direction);
      expect(t.targetYear).toBe(t.period === "fyp14" ? 2025 : 2030);
      expect(t.baseYear).toBe(t.period === "fyp14" ? 2020 : 2025);
      if (t.kind === "absolute") {
        expect(t.value).toBeGreaterThanOrEqual(ind.hardMin ?? -Infinity);
        expect(t.value).toBeLessThanOrEqual(ind.hardMax ?? Infinity);
      }
    }
    const co2At82 = fyp14.filter((t) => t.indicatorKey === "co2_intensity_index" && t.value === 82).length;
    expect(co2At82).toBeGreaterThan(AREAS.length / 2);
  });

  it("sets 2030 targets for about half of the areas that reported 2025, none for the others", () => {
    const areas = new Set(data.targets.filter((t) => t.period === "fyp15").map((t) => t.areaCode));
    expect(areas.size).toBeGreaterThan(AREAS.length * 0.3);
    expect(areas.size).toBeLessThan(AREAS.length * 0.7);
    for (const code of ["zigong", "tongling", "huangshi"]) expect(areas.has(code)).toBe(false);
  });

  it("spreads targets between met, near and far off", () => {
    let met = 0;
    let open = 0;
    for (const t of data.targets.filter((x) => x.kind === "absolute" && x.period === "fyp14")) {
      const latest = get(t.areaCode, t.indicatorKey, 2024) ?? get(t.areaCode, t.indicatorKey, 2023);
      if (latest === undefined) continue;
      const d = indicator(t.indicatorKey).direction === "lower" ? -1 : 1;
      if (d * (latest - t.value) >= 0) met++;
      else open++;
    }
    expect(met).toBeGreaterThan(data.targets.length * 0.1);
    expect(open).toBeGreaterThan(data.targets.length * 0.3);
  });
});

describe("fitPath", () => {
  const energy = indicator("energy_intensity");

  it("pulls a raw path into the soft range and year-on-year limits, keeping the anchor", () => {
    const path = fitPath([0.05, 0.5, 1, 3, 0.5, 1, 1], energy, 2);
    expect(path[2]).toBe(1);
    for (const v of path) {
      expect(v).toBeGreaterThanOrEqual(0.2);
      expect(v).toBeLessThanOrEqual(2.5);
    }
    for (let i = 1; i < path.length; i++) expect(withinYoy(energy, path[i - 1] as number, path[i] as number)).toBe(true);
  });
});
