// The national-scale bench database: 3,000 areas × the whole catalogue × 2015–2025, targets of both
// plan periods, review states, three accounts.
import Database from "better-sqlite3";
import { fitPath, mulberry32, withinYoy } from "@/db/seed/demo";
import type { NewIndicator } from "@/db/schema";
import { catalogueRows } from "@/db/seed/indicators";
import { hashPassword } from "@/lib/auth/password";
import { NET_MIGRATION_KEY, netMigrationRate } from "@/lib/domain/derived";
import { PROVINCE_REGION } from "@/lib/domain/regions";
import { SECTOR_SHARE_KEYS } from "@/lib/domain/validation";
import { prepareDatabase } from "../prepare-db";

export const AREA_COUNT = 3000;
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2025;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const BASE_INDEX = 2020 - FIRST_YEAR;
const SEED = 20260101;
const GAP_RATE = 0.02;

export const BENCH_PASSWORD = "bench-password-1";
export const ACCOUNTS = {
  admin: "admin@bench.local",
  evaluator: "evaluator@bench.local",
  official: "official@bench.local",
} as const;
/** A real area, kept from the reference data, whose page and summary the load runs read. */
export const SAMPLE_AREA = "zigong";

export type Dataset = { areas: number; values: number; targets: number; areaYears: number; byStatus: Record<string, number>; ms: number };

type Rng = {
  float: () => number;
  between: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
};

function rngFor(stream: number): Rng {
  const next = mulberry32(SEED ^ Math.imul(stream + 1, 0x9e3779b1));
  return {
    float: next,
    between: (min, max) => min + (max - min) * next(),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

// A path that drifts in the indicator's good or bad direction, fitted into its soft range (with a
// margin, so that the import benchmark can move a value by one step) and its year-on-year limits.
function genericPath(ind: NewIndicator, rng: Rng): number[] {
  const lo = ind.softMin ?? ind.hardMin ?? 0;
  const hi = ind.softMax ?? ind.hardMax ?? lo + 100;
  const span = hi - lo;
  const base = lo + span * rng.between(0.2, 0.8);
  const sign = ind.direction === "lower" ? -1 : 1;
  // Improving for most, flat or worsening for some, so that progress statuses and ranks spread.
  const trend = rng.between(-0.4, 1);
  const limit = Math.min(ind.yoyMaxUp ?? Infinity, ind.yoyMaxDown ?? Infinity);
  const raw =
    ind.yoyKind === "percent"
      ? YEARS.map((_, i) => base * (1 + (sign * trend * Math.min(limit, 20) * 0.25) / 100) ** (i - BASE_INDEX) * rng.between(0.99, 1.01))
      : YEARS.map((_, i) => base + sign * trend * Math.min(limit, span / 20) * 0.3 * (i - BASE_INDEX) + rng.between(-0.01, 0.01) * span);
  return fitPath(raw, ind, BASE_INDEX, { min: lo + span * 0.03, max: hi - span * 0.03 });
}

/** One area's series, keyed by indicator; NaN where a value is missing. */
function areaSeries(catalogue: Map<string, NewIndicator>, level: string, rng: Rng): Map<string, number[]> {
  const series = new Map<string, number[]>();
  const ind = (key: string) => catalogue.get(key)!;

  // Population and natural increase drive each other; net migration is derived from the rounded
  // inputs exactly as the app derives it, and is missing in the first year (no prior population).
  const nir = fitPath(YEARS.map((_, i) => rng.between(-1, 6) - rng.between(0.3, 0.8) * (i - BASE_INDEX)), ind("natural_increase_rate"), BASE_INDEX, { min: -7.5, max: 7.5 });
  const mig0 = rng.between(-0.8, 0.6);
  const migSlope = rng.between(-0.1, 0.1);
  const pop = [round(level === "county" ? rng.between(25, 150) : rng.between(120, 1500), 1)];
  for (let i = 1; i < YEARS.length; i++) {
    const mig = Math.min(1.4, Math.max(-1.4, mig0 + migSlope * (i - BASE_INDEX) + rng.between(-0.1, 0.1)));
    pop.push(round(pop[i - 1]! * (1 + nir[i]! / 1000 + mig / 100), 1));
  }
  series.set("pop_resident", pop);
  series.set("natural_increase_rate", nir);
  const migDecimals = ind(NET_MIGRATION_KEY).decimals;
  series.set(NET_MIGRATION_KEY, YEARS.map((_, i) => (i === 0 ? NaN : round(netMigrationRate(pop[i - 1]!, pop[i]!, nir[i]!)!, migDecimals))));

  // Sector shares sum to 100: primary and secondary drift slowly, tertiary is the remainder.
  const linear = (base: number, slope: number, noise: number) => YEARS.map((_, i) => base + slope * (i - BASE_INDEX) + rng.between(-noise, noise));
  const primary = fitPath(linear(rng.between(3, 14), -rng.between(0, 0.4), 0.15), ind("primary_share"), BASE_INDEX, { min: 1, max: 20 });
  const secondary = fitPath(linear(rng.between(36, 52), rng.between(-1.2, 0.3), 0.4), ind("secondary_share"), BASE_INDEX, { min: 30, max: 58 });
  series.set("primary_share", primary);
  series.set("secondary_share", secondary);
  series.set("tertiary_share", YEARS.map((_, i) => round(100 - primary[i]! - secondary[i]!, ind("tertiary_share").decimals)));

  // The CO₂ index is 100 in 2020 by definition.
  const co2Rate = rng.between(-0.04, 0.01);
  series.set("co2_intensity_index", fitPath(YEARS.map((_, i) => 100 * (1 + co2Rate) ** (i - BASE_INDEX)), ind("co2_intensity_index"), BASE_INDEX, { min: 71, max: 109 }));

  for (const indicator of catalogue.values()) {
    if (series.has(indicator.key) || indicator.derivation) continue;
    series.set(indicator.key, genericPath(indicator, rng));
  }

  // A few gaps, never in the base or the last year, never two in a row, never in a value others are
  // derived from or checked against, and only where the neighbours stay within the year-on-year limit.
  const protectedKeys = new Set<string>(["pop_resident", "natural_increase_rate", NET_MIGRATION_KEY, "co2_intensity_index", ...SECTOR_SHARE_KEYS]);
  for (const [key, values] of series) {
    if (protectedKeys.has(key)) continue;
    for (let i = 1; i < YEARS.length - 1; i++) {
      if (i === BASE_INDEX || Number.isNaN(values[i - 1]!) || rng.float() >= GAP_RATE) continue;
      if (withinYoy(catalogue.get(key)!, values[i - 1]!, values[i + 1]!)) values[i] = NaN;
    }
  }
  return series;
}

// 2025 targets (the 14th plan period) as the demo sets them: the two national energy and CO₂ goals, plus eight more per
// area, some already met, some on track, some far off.
function areaTargets(catalogue: Map<string, NewIndicator>, series: Map<string, number[]>, rng: Rng) {
  const out: { key: string; kind: "absolute" | "change_pct"; value: number }[] = [
    { key: "energy_intensity", kind: "change_pct", value: -13.5 },
    { key: "co2_intensity_index", kind: "absolute", value: 82 },
  ];
  const candidates = [...catalogue.values()].filter(
    (i) => i.direction !== "context" && !i.derivation && !out.some((t) => t.key === i.key),
  );
  const chosen = new Set<string>();
  while (chosen.size < 8) chosen.add(rng.pick(candidates).key);
  for (const key of chosen) {
    const ind = catalogue.get(key)!;
    const path = series.get(key)!;
    const y0 = path[BASE_INDEX]!;
    const yt = Number.isNaN(path[YEARS.indexOf(2024)]!) ? path[YEARS.indexOf(2023)]! : path[YEARS.indexOf(2024)]!;
    const sign = ind.direction === "lower" ? -1 : 1;
    const gained = sign * (yt - y0);
    // Favourable so far: a target that asks for 0.6×–2× the pace observed; otherwise a modest one.
    const raw = gained > 0 ? y0 + (yt - y0) * 1.25 * rng.between(0.6, 2) : y0 + sign * Math.abs(y0) * rng.between(0.03, 0.12);
    const lo = Math.max(ind.softMin ?? -Infinity, ind.hardMin ?? -Infinity);
    const hi = Math.min(ind.softMax ?? Infinity, ind.hardMax ?? Infinity);
    out.push({ key, kind: "absolute", value: round(Math.min(hi, Math.max(lo, raw)), ind.decimals) });
  }
  return out;
}

// 2030 targets (the 15th plan period, from 2025) for about half of the areas, as the demo sets them:
// six indicators, one to five percent a year beyond the 2025 value.
function nextPeriodTargets(catalogue: Map<string, NewIndicator>, series: Map<string, number[]>, rng: Rng) {
  if (rng.float() >= 0.5) return [];
  const last = YEARS.indexOf(2025);
  const candidates = [...catalogue.values()].filter((i) => i.direction !== "context" && !i.derivation && !Number.isNaN(series.get(i.key)?.[last] ?? NaN));
  const chosen = new Set<string>();
  while (chosen.size < Math.min(6, candidates.length)) chosen.add(rng.pick(candidates).key);
  return [...chosen].map((key) => {
    const ind = catalogue.get(key)!;
    const sign = ind.direction === "lower" ? -1 : 1;
    const lo = Math.max(ind.softMin ?? -Infinity, ind.hardMin ?? -Infinity);
    const hi = Math.min(ind.softMax ?? Infinity, ind.hardMax ?? Infinity);
    const value = series.get(key)![last]! * (1 + sign * rng.between(0.01, 0.05)) ** 5;
    return { key, kind: "absolute" as const, value: round(Math.min(hi, Math.max(lo, value)), ind.decimals) };
  });
}

// Review states by year: old years approved, the last three a mix, so that the queue holds thousands;
// 2025, the 14th period's last year, mostly approved, so that most verdicts are final.
function statusFor(year: number, rng: Rng): "draft" | "submitted" | "approved" | "returned" {
  const r = rng.float();
  if (year <= 2022) return r < 0.92 ? "approved" : "draft";
  if (year === 2023) return r < 0.7 ? "approved" : r < 0.85 ? "submitted" : r < 0.9 ? "returned" : "draft";
  if (year === 2024) return r < 0.15 ? "approved" : r < 0.6 ? "submitted" : r < 0.7 ? "returned" : "draft";
  return r < 0.6 ? "approved" : r < 0.8 ? "submitted" : r < 0.85 ? "returned" : "draft";
}

/**
 * Creates the bench database at `file` (which must not exist yet): the app's migrations and
 * reference data through prepareDatabase, then bulk inserts in one transaction. Deterministic.
 */
export async function buildDataset(file: string): Promise<Dataset> {
  const started = performance.now();
  await prepareDatabase(file, { demo: false, fresh: true });
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // The catalogue as the reference data just wrote it.
  const catalogue = new Map(catalogueRows().map((ind) => [ind.key, ind]));

  const insertArea = sqlite.prepare(
    "insert into areas (code, name_zh, name_en, level, wave, year_designated, province, type, resource_type) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertUser = sqlite.prepare("insert into users (email, name, password_hash, role, area_id, status) values (?, ?, ?, ?, ?, 'active')");
  const insertValue = sqlite.prepare("insert into indicator_values (area_id, indicator_key, year, value, source) values (?, ?, ?, ?, 'bench')");
  const insertTarget = sqlite.prepare(
    "insert into targets (area_id, indicator_key, period, target_year, kind, value, base_year, reason) values (?, ?, 'fyp14', 2025, ?, ?, 2020, '示范区实施方案 (bench)')",
  );
  const insertNextTarget = sqlite.prepare(
    "insert into targets (area_id, indicator_key, period, target_year, kind, value, base_year, reason) values (?, ?, 'fyp15', 2030, ?, ?, 2025, '示范区“十五五”目标 (bench)')",
  );
  const insertAreaYear = sqlite.prepare(
    "insert into area_years (area_id, year, version, status, status_changed_at, status_changed_by, updated_by, updated_at) values (?, ?, 1, ?, ?, ?, ?, ?)",
  );
  const insertComment = sqlite.prepare("insert into review_comments (area_id, year, author_id, kind, body, created_at) values (?, ?, ?, 'return', ?, ?)");

  const provinces = Object.keys(PROVINCE_REGION);
  const resources = ["coal", "forestry", "nonferrous", "petroleum", "ferrous", "other"] as const;
  let values = 0;
  let targetCount = 0;
  let areaYearCount = 0;
  const byStatus: Record<string, number> = {};

  sqlite.transaction(() => {
    const real = sqlite.prepare("select id, code, level from areas order by id").all() as { id: number; code: string; level: string }[];
    const areaRows = [...real];
    for (let n = real.length + 1; n <= AREA_COUNT; n++) {
      const rng = rngFor(-n);
      const level = rng.float() < 0.45 ? "city" : "county";
      const wave = level === "county" ? rng.pick(["park", "park", "other"]) : rng.pick(["1", "2", "other"]);
      const province = rng.pick(provinces);
      const type = rng.pick(["old-industrial", "resource-based", "both"]);
      const resource = type === "old-industrial" ? "none" : rng.pick(resources);
      const year = wave === "1" ? 2017 : wave === "2" ? 2019 : wave === "park" ? 2021 : 2022;
      const code = `bench-${String(n).padStart(4, "0")}`;
      const id = Number(insertArea.run(code, `合成示范区${n}号`, `Synthetic demonstration area ${n}`, level, wave, year, province, type, resource).lastInsertRowid);
      areaRows.push({ id, code, level });
    }

    const userId = (email: string, name: string, role: string, areaId: number | null) =>
      Number(insertUser.run(email, name, passwordHash, role, areaId).lastInsertRowid);
    const admin = userId(ACCOUNTS.admin, "基准管理员", "admin", null);
    const evaluator = userId(ACCOUNTS.evaluator, "基准评估员", "evaluator", null);
    userId(ACCOUNTS.official, "基准联络员", "official", areaRows.find((a) => a.code === SAMPLE_AREA)!.id);

    // Fixed moments, a minute apart, so that the data set stays deterministic.
    const moment = (i: number) => Math.floor(Date.UTC(2025, 0, 1) / 1000) + i * 60;
    for (const area of areaRows) {
      const rng = rngFor(area.id);
      const series = areaSeries(catalogue, area.level, rng);
      for (const [key, path] of series) {
        path.forEach((value, i) => {
          if (Number.isNaN(value)) return;
          insertValue.run(area.id, key, YEARS[i]!, value);
          values++;
        });
      }
      for (const t of areaTargets(catalogue, series, rng)) {
        insertTarget.run(area.id, t.key, t.kind, t.value);
        targetCount++;
      }
      for (const t of nextPeriodTargets(catalogue, series, rng)) {
        insertNextTarget.run(area.id, t.key, t.kind, t.value);
        targetCount++;
      }
      for (const year of YEARS) {
        const status = statusFor(year, rng);
        const at = moment(area.id * YEARS.length + year - FIRST_YEAR);
        const by = status === "draft" ? null : status === "submitted" ? admin : evaluator;
        insertAreaYear.run(area.id, year, status, status === "draft" ? null : at, by, admin, at);
        if (status === "returned") insertComment.run(area.id, year, evaluator, "请核实能耗数据的统计口径。（bench）", at * 1000);
        byStatus[status] = (byStatus[status] ?? 0) + 1;
        areaYearCount++;
      }
    }
  })();
  sqlite.close();
  return { areas: AREA_COUNT, values, targets: targetCount, areaYears: areaYearCount, byStatus, ms: performance.now() - started };
}
