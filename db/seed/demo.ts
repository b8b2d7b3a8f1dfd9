import type { Area, NewIndicator, TargetKind } from "@/db/schema";
import { NET_MIGRATION_KEY, netMigrationRate } from "@/lib/domain/derived";
import { NATIONAL_REFERENCES } from "./national-references";

// The deterministic demo data set: 2018–2025 values for every area and indicator, the 14th plan
// period's targets (2025) for every area and the 15th's (2030) for about half of them.
// Pure: the same seed, areas and catalogue always give the same output. Every value lies inside its
// indicator's soft range and every year-on-year change inside its limits, so nothing is flagged.

export const DEMO_FIRST_YEAR = 2018;
/** The last year of the paths drawn as a whole; the period's last year is added to them (extendTo2025). */
const DEMO_PATH_LAST_YEAR = 2024;
export const DEMO_LAST_YEAR = 2025;
export const DEMO_BASE_YEAR = 2020;
export const DEMO_TARGET_YEAR = 2025;
export const DEMO_NEXT_TARGET_YEAR = 2030;
/** The plan periods of the demo targets (db/seed/plan-periods.ts). */
export const DEMO_PERIOD = "fyp14";
export const DEMO_NEXT_PERIOD = "fyp15";
// Areas whose last year the end-to-end suite enters itself: their demo data stop at 2024.
const NO_LAST_YEAR_AREAS = new Set(["zigong", "tongling", "huangshi"]);
export const DEMO_DEFAULT_SEED = 20250101;
export const DEMO_TARGET_REASON = "示范区“十四五”实施方案 (demo)";
export const DEMO_NATIONAL_TARGET_REASON = "国家“十四五”规划目标 (demo)";
export const DEMO_NEXT_TARGET_REASON = "示范区“十五五”目标（征求意见稿） (demo)";

const YEARS = Array.from({ length: DEMO_PATH_LAST_YEAR - DEMO_FIRST_YEAR + 1 }, (_, i) => DEMO_FIRST_YEAR + i);
const BASE_INDEX = DEMO_BASE_YEAR - DEMO_FIRST_YEAR;
const GAP_RATE = 0.03;
// Areas whose story the end-to-end suite tells: never a gap in the base or latest year.
const STABLE_AREAS = new Set(["zigong"]);
const SHARE_KEYS = ["primary_share", "secondary_share", "tertiary_share"] as const;
const POPULATION_KEYS = ["pop_resident", "natural_increase_rate", NET_MIGRATION_KEY];

export type DemoArea = Pick<Area, "code" | "level" | "resourceType" | "type">;
export type DemoIndicator = Pick<
  NewIndicator,
  | "key"
  | "direction"
  | "decimals"
  | "softMin"
  | "softMax"
  | "hardMin"
  | "hardMax"
  | "yoyKind"
  | "yoyMaxDown"
  | "yoyMaxUp"
  | "growthForm"
  | "derivation"
>;
export type DemoValue = { areaCode: string; indicatorKey: string; year: number; value: number };
export type DemoTarget = {
  areaCode: string;
  indicatorKey: string;
  period: string;
  kind: TargetKind;
  value: number;
  baseYear: number;
  targetYear: number;
  reason: string;
};
export type DemoData = { values: DemoValue[]; targets: DemoTarget[] };

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, one independent stream per (seed, area, purpose), so adding an area or
// an indicator leaves everybody else's numbers unchanged.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h;
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number, stream: string) {
    this.next = mulberry32(hashString(stream, seed));
  }
  float(): number {
    return this.next();
  }
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Area profiles: rough 2020 magnitudes (resident population in 10k, GDP per capita in yuan, mean
// net migration in %, natural increase in ‰ in 2018, share aged 65+ in %). Codes not listed here
// get magnitudes drawn from their level.

type Hint = { pop: number; gdppc: number; mig: number; nir: number; aged: number };

// prettier-ignore
const HINTS: Record<string, Hint> = {
  "liaoning-central": { pop: 1426, gdppc: 65000, mig: -0.6, nir: -1.5, aged: 17.5 },
  "jilin-central": { pop: 1494, gdppc: 58000, mig: -0.9, nir: -0.8, aged: 15.5 },
  "inner-mongolia-west": { pop: 487, gdppc: 128000, mig: 0.3, nir: 3.0, aged: 11.5 },
  tangshan: { pop: 772, gdppc: 94000, mig: -0.1, nir: 3.5, aged: 14.5 },
  changzhi: { pop: 318, gdppc: 53000, mig: -0.4, nir: 4.0, aged: 12.5 },
  zibo: { pop: 470, gdppc: 77000, mig: -0.1, nir: 1.5, aged: 17.0 },
  "chongqing-metro": { pop: 2112, gdppc: 90000, mig: 0.8, nir: 2.0, aged: 16.0 },
  "ningxia-northeast": { pop: 85, gdppc: 80000, mig: 0.2, nir: 5.0, aged: 11.0 },
  "hunan-central": { pop: 1046, gdppc: 68000, mig: -0.3, nir: 3.5, aged: 15.0 },
  tongling: { pop: 131, gdppc: 80000, mig: -0.2, nir: 3.0, aged: 15.5 },
  huangshi: { pop: 247, gdppc: 68000, mig: -0.3, nir: 3.0, aged: 14.5 },
  zigong: { pop: 249, gdppc: 58000, mig: -0.5, nir: 0.5, aged: 19.5 },
  "beijing-west": { pop: 227, gdppc: 80000, mig: 0.5, nir: 2.5, aged: 14.0 },
  dalian: { pop: 745, gdppc: 94000, mig: 0.2, nir: -1.0, aged: 17.0 },
  daqing: { pop: 278, gdppc: 93000, mig: -0.8, nir: -1.0, aged: 13.0 },
  xuzhou: { pop: 908, gdppc: 81000, mig: 0.0, nir: 6.0, aged: 14.0 },
  pingxiang: { pop: 180, gdppc: 55000, mig: -0.3, nir: 5.0, aged: 13.0 },
  "henan-west": { pop: 1205, gdppc: 63000, mig: -0.2, nir: 5.5, aged: 12.5 },
  shaoguan: { pop: 286, gdppc: 47000, mig: -0.5, nir: 5.5, aged: 12.5 },
  liupanshui: { pop: 303, gdppc: 46000, mig: -0.6, nir: 6.5, aged: 11.0 },
  "zhengding-hitech": { pop: 52, gdppc: 70000, mig: 0.6, nir: 5.0, aged: 12.0 },
  "qingxu-edz": { pop: 34, gdppc: 55000, mig: -0.2, nir: 3.0, aged: 12.5 },
  "heishan-panghe-edz": { pop: 54, gdppc: 35000, mig: -0.9, nir: -2.5, aged: 18.0 },
  "hunchun-border-ecz": { pop: 23, gdppc: 55000, mig: -1.0, nir: -3.0, aged: 16.0 },
  "shuyang-etdz": { pop: 160, gdppc: 50000, mig: -0.3, nir: 6.0, aged: 13.5 },
  "changxing-etdz": { pop: 67, gdppc: 110000, mig: 0.9, nir: 2.0, aged: 16.0 },
  "ninghai-etdz": { pop: 70, gdppc: 110000, mig: 0.6, nir: 2.5, aged: 16.5 },
  "tianchang-hitech": { pop: 60, gdppc: 85000, mig: 0.1, nir: 1.5, aged: 17.0 },
  "fuqing-jiangyin": { pop: 139, gdppc: 110000, mig: 0.4, nir: 5.0, aged: 11.5 },
  "xiaolan-etdz": { pop: 100, gdppc: 90000, mig: 1.0, nir: 4.0, aged: 11.0 },
  "yuncheng-edz": { pop: 100, gdppc: 35000, mig: -0.6, nir: 6.0, aged: 13.0 },
  "lankao-cluster": { pop: 65, gdppc: 45000, mig: 0.0, nir: 6.5, aged: 12.0 },
  "xiantao-hitech": { pop: 113, gdppc: 80000, mig: -0.4, nir: 1.5, aged: 15.0 },
  "liuyang-etdz": { pop: 143, gdppc: 120000, mig: 0.5, nir: 4.0, aged: 14.0 },
  "dongyuan-relocation-park": { pop: 42, gdppc: 35000, mig: -0.5, nir: 6.0, aged: 11.5 },
  "dianjiang-park": { pop: 65, gdppc: 55000, mig: -0.4, nir: 0.5, aged: 18.5 },
  "daying-edz": { pop: 40, gdppc: 60000, mig: -0.3, nir: -0.5, aged: 19.5 },
  "qingzhen-edz": { pop: 54, gdppc: 80000, mig: 0.2, nir: 5.0, aged: 11.5 },
  "tengchong-edz": { pop: 67, gdppc: 40000, mig: 0.1, nir: 5.5, aged: 11.0 },
  "sanyuan-hitech": { pop: 34, gdppc: 55000, mig: -0.2, nir: 1.0, aged: 16.0 },
};

function hintFor(area: DemoArea, rng: Rng): Hint {
  const known = HINTS[area.code];
  if (known) return known;
  const county = area.level === "county";
  return {
    pop: county ? rng.between(25, 150) : rng.between(120, 1500),
    gdppc: rng.between(40000, 100000),
    mig: rng.between(-0.8, 0.6),
    nir: rng.between(-1, 6),
    aged: rng.between(12, 17),
  };
}

type Traits = {
  county: boolean;
  // Resource-based or both, with a resource behind it.
  resource: boolean;
  heavy: boolean;
};

function traitsOf(area: DemoArea): Traits {
  const resource = area.type !== "old-industrial" && area.resourceType !== "none";
  return {
    county: area.level === "county",
    resource,
    heavy: ["coal", "petroleum", "ferrous", "nonferrous"].includes(area.resourceType),
  };
}

// ---------------------------------------------------------------------------------------------
// Paths: a raw trajectory (one number per year) is fitted into the indicator's soft range and
// year-on-year limits, anchored at the base year so that, for instance, an index stays 100 in 2020.

type Trend = "improving" | "flat" | "worsening";

function pickTrend(rng: Rng): Trend {
  const r = rng.float();
  return r < 0.6 ? "improving" : r < 0.85 ? "flat" : "worsening";
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

// Whether the change from `prev` to `next` is inside the indicator's year-on-year limits.
export function withinYoy(ind: DemoIndicator, prev: number, next: number): boolean {
  if (!ind.yoyKind) return true;
  const down = ind.yoyMaxDown ?? Infinity;
  const up = ind.yoyMaxUp ?? Infinity;
  const eps = 1e-9;
  if (ind.yoyKind === "points") return next - prev <= up + eps && prev - next <= down + eps;
  if (prev <= 0) return true;
  const pct = ((next - prev) / prev) * 100;
  return pct <= up + eps && -pct <= down + eps;
}

type Bounds = { min?: number; max?: number };

function rangeOf(ind: DemoIndicator, bounds: Bounds = {}): [number, number] {
  const lo = Math.max(ind.softMin ?? ind.hardMin ?? -Infinity, bounds.min ?? -Infinity);
  const hi = Math.min(ind.softMax ?? ind.hardMax ?? Infinity, bounds.max ?? Infinity);
  return [lo, hi];
}

// The interval a value may take given its neighbour, with a safety margin so rounding cannot
// push it over a limit. `forward`: the neighbour is last year's value; otherwise next year's.
function yoyInterval(ind: DemoIndicator, neighbour: number, forward: boolean): [number, number] {
  const safety = 0.85;
  const down = (ind.yoyMaxDown ?? Infinity) * safety;
  const up = (ind.yoyMaxUp ?? Infinity) * safety;
  if (!ind.yoyKind) return [-Infinity, Infinity];
  if (ind.yoyKind === "points") {
    return forward ? [neighbour - down, neighbour + up] : [neighbour - up, neighbour + down];
  }
  if (neighbour <= 0) return [-Infinity, Infinity];
  return forward
    ? [neighbour * (1 - down / 100), neighbour * (1 + up / 100)]
    : [neighbour / (1 + up / 100), down >= 100 ? Infinity : neighbour / (1 - down / 100)];
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

export function fitPath(raw: number[], ind: DemoIndicator, anchor = BASE_INDEX, bounds: Bounds = {}): number[] {
  const [lo, hi] = rangeOf(ind, bounds);
  const decimals = ind.decimals;
  const step = 10 ** -decimals;
  const out: number[] = new Array(raw.length);
  const settle = (value: number, neighbour: number | undefined, forward: boolean): number => {
    let [a, b] = neighbour === undefined ? [lo, hi] : yoyInterval(ind, neighbour, forward);
    a = Math.max(a, lo);
    b = Math.min(b, hi);
    let v = roundTo(clamp(value, a, b), decimals);
    for (let i = 0; i < 20; i++) {
      const ok =
        v >= lo &&
        v <= hi &&
        (neighbour === undefined || (forward ? withinYoy(ind, neighbour, v) : withinYoy(ind, v, neighbour)));
      if (ok) break;
      // Rounding stepped over a limit: walk back towards the neighbour (or into the range).
      const towards = neighbour ?? (v < lo ? hi : lo);
      v = roundTo(v + (towards > v ? step : -step), decimals);
    }
    return v;
  };
  out[anchor] = settle(raw[anchor] ?? 0, undefined, true);
  for (let i = anchor + 1; i < raw.length; i++) out[i] = settle(raw[i] ?? 0, out[i - 1], true);
  for (let i = anchor - 1; i >= 0; i--) out[i] = settle(raw[i] ?? 0, out[i + 1], false);
  return out;
}

// Compound growth around the base year: value(2020) = base, `rate` a year, with noise.
function compound(rng: Rng, base: number, rate: number, noise: number): number[] {
  const out = new Array<number>(YEARS.length);
  out[BASE_INDEX] = base;
  for (let i = BASE_INDEX + 1; i < YEARS.length; i++) {
    out[i] = (out[i - 1] as number) * (1 + rate + rng.between(-noise, noise));
  }
  for (let i = BASE_INDEX - 1; i >= 0; i--) {
    out[i] = (out[i + 1] as number) / (1 + rate + rng.between(-noise, noise));
  }
  return out;
}

// Linear change around the base year: `slope` points a year, with noise.
function linear(rng: Rng, base: number, slope: number, noise: number): number[] {
  return YEARS.map((_, i) => base + slope * (i - BASE_INDEX) + (i === BASE_INDEX ? 0 : rng.between(-noise, noise)));
}

// An S-shaped roll-out reaching `level` in the last year (5G stations, gigabit lines).
function rollout(rng: Rng, level: number, shape: number[]): number[] {
  return shape.map((f) => level * f * rng.between(0.92, 1.08));
}

type Ranges = Record<Trend, [number, number]>;

// A rate or slope drawn from the range of the trajectory's trend.
function drift(rng: Rng, trend: Trend, ranges: Ranges): number {
  const [a, b] = ranges[trend];
  return rng.between(a, b);
}

type SeriesContext = { rng: Rng; trend: Trend; traits: Traits; hint: Hint; area: DemoArea };
type SeriesSpec = (ctx: SeriesContext) => { raw: number[]; bounds?: Bounds };

const ENERGY_BASE: Record<DemoArea["resourceType"], [number, number]> = {
  coal: [1.1, 2.0],
  petroleum: [0.9, 1.3],
  ferrous: [1.0, 1.6],
  nonferrous: [0.7, 1.1],
  forestry: [0.6, 0.9],
  other: [0.6, 0.9],
  none: [0.45, 0.8],
};

const MINING_BASE: Record<DemoArea["resourceType"], [number, number]> = {
  coal: [25, 42],
  petroleum: [35, 50],
  nonferrous: [14, 26],
  ferrous: [10, 20],
  forestry: [3, 8],
  other: [3, 10],
  none: [0.3, 4],
};

// Independent indicators. Population, sector shares, manufacturing and CO₂ are built together
// below because they depend on each other.
const SPECS: Record<string, SeriesSpec> = {
  aged65_share: ({ rng, hint }) => ({ raw: linear(rng, hint.aged, rng.between(0.3, 0.7), 0.05), bounds: { min: 10.2, max: 24.8 } }),
  sei_share: ({ rng, trend, traits, area }) => ({
    raw: linear(
      rng,
      rng.between(8, 16) + (area.type === "old-industrial" ? 2 : 0) + (traits.county ? 3 : 0),
      drift(rng, trend, { improving: [0.5, 1.5], flat: [-0.2, 0.2], worsening: [-0.8, -0.3] }),
      0.3,
    ),
    bounds: { min: 5.5, max: 24.5 },
  }),
  hitech_mfg_share: ({ rng, trend, traits }) => ({
    raw: linear(
      rng,
      rng.between(6, 16) + (traits.resource ? 0 : 3),
      drift(rng, trend, { improving: [0.6, 1.8], flat: [-0.2, 0.2], worsening: [-1, -0.3] }),
      0.4,
    ),
    bounds: { min: 3.5, max: 29.5 },
  }),
  mining_share: ({ rng, trend, traits, area }) => {
    const [a, b] = MINING_BASE[area.resourceType];
    const base = rng.between(a, b) * (area.type === "both" ? 0.8 : 1) * (traits.county && !traits.resource ? 0.5 : 1);
    const rate = drift(rng, trend, { improving: [-0.08, -0.02], flat: [-0.01, 0.01], worsening: [0.01, 0.04] });
    return { raw: compound(rng, base, rate, 0.02), bounds: { max: 58 } };
  },
  hte_count: ({ rng, trend, traits, hint }) => {
    const base = traits.county
      ? rng.between(110, 320)
      : clamp(hint.pop * rng.between(0.6, 1.4) * (traits.resource ? 1 : 1.2), 180, 2200);
    const rate = drift(rng, trend, { improving: [0.08, 0.2], flat: [0, 0.04], worsening: [-0.05, -0.01] });
    return { raw: compound(rng, base, rate, 0.03) };
  },
  srdi_firms: ({ rng, trend, traits, hint }) => {
    const base = traits.county ? rng.between(22, 70) : rng.between(40, 180) * (hint.pop > 800 ? 1.5 : 1);
    const rate = drift(rng, trend, { improving: [0.15, 0.35], flat: [-0.02, 0.05], worsening: [-0.08, -0.02] });
    return { raw: compound(rng, base, rate, 0.04), bounds: { max: 490 } };
  },
  rd_intensity: ({ rng, trend, traits }) => ({
    raw: linear(
      rng,
      traits.county ? rng.between(1.2, 2.8) : traits.resource ? rng.between(0.7, 1.5) : rng.between(1.3, 2.6),
      drift(rng, trend, { improving: [0.05, 0.15], flat: [-0.02, 0.03], worsening: [-0.12, -0.03] }),
      0.03,
    ),
    bounds: { min: 0.55, max: 3.45 },
  }),
  rd_staff_10k: ({ rng, trend, traits }) => ({
    raw: compound(
      rng,
      rng.between(15, 60) * (traits.resource ? 0.7 : 1),
      drift(rng, trend, { improving: [0.04, 0.1], flat: [-0.01, 0.01], worsening: [-0.06, -0.01] }),
      0.02,
    ),
    bounds: { min: 10.5, max: 99 },
  }),
  hv_patent_10k: ({ rng, trend, traits }) => ({
    raw: compound(
      rng,
      rng.between(1.5, 9) * (traits.resource ? 0.6 : 1),
      drift(rng, trend, { improving: [0.1, 0.25], flat: [-0.02, 0.03], worsening: [-0.08, -0.01] }),
      0.03,
    ),
    bounds: { min: 1.05, max: 24.5 },
  }),
  tech_contract_share: ({ rng, trend }) => ({
    raw: linear(
      rng,
      rng.between(0.4, 2.5),
      drift(rng, trend, { improving: [0.1, 0.35], flat: [-0.03, 0.03], worsening: [-0.2, -0.05] }),
      0.05,
    ),
    bounds: { min: 0.25, max: 4.9 },
  }),
  digital_core_share: ({ rng, trend }) => ({
    raw: linear(
      rng,
      rng.between(3, 8.5),
      drift(rng, trend, { improving: [0.3, 0.9], flat: [-0.1, 0.1], worsening: [-0.4, -0.1] }),
      0.15,
    ),
    bounds: { min: 2.2, max: 14.8 },
  }),
  g5_per_10k: ({ rng, trend, traits }) => {
    const level = drift(rng, trend, { improving: [24, 36], flat: [14, 22], worsening: [8, 14] }) * (traits.county ? 0.85 : 1);
    return { raw: rollout(rng, level, [0.04, 0.07, 0.2, 0.4, 0.6, 0.8, 1]), bounds: { max: 59 } };
  },
  gigabit_share: ({ rng, trend }) => {
    const level = drift(rng, trend, { improving: [26, 36], flat: [16, 24], worsening: [9, 15] });
    return { raw: rollout(rng, level, [0.02, 0.04, 0.1, 0.3, 0.55, 0.8, 1]), bounds: { max: 39.5 } };
  },
  nc_key_process: ({ rng, trend }) => ({
    raw: linear(
      rng,
      rng.between(45, 58),
      drift(rng, trend, { improving: [1, 2.5], flat: [-0.3, 0.3], worsening: [-1.5, -0.3] }),
      0.3,
    ),
    bounds: { min: 40.5, max: 74.5 },
  }),
  solidwaste_use: ({ rng, trend, traits }) => ({
    raw: linear(
      rng,
      traits.resource ? rng.between(38, 58) : rng.between(55, 80),
      drift(rng, trend, { improving: [1, 3], flat: [-0.3, 0.3], worsening: [-2, -0.5] }),
      0.4,
    ),
    bounds: { min: 30.5, max: 89.5 },
  }),
  park_circular: ({ rng, trend }) => ({
    raw: linear(
      rng,
      rng.between(25, 60),
      drift(rng, trend, { improving: [8, 15], flat: [0, 3], worsening: [-2, 0] }),
      1,
    ),
  }),
  urban_rate: ({ rng, trend, traits }) => ({
    raw: linear(
      rng,
      traits.county ? rng.between(42, 62) : rng.between(55, 80),
      drift(rng, trend, { improving: [0.7, 1.3], flat: [0.1, 0.4], worsening: [-0.5, -0.1] }),
      0.1,
    ),
    bounds: { min: 40.5, max: 89.5 },
  }),
  land_tax_per_mu: ({ rng, trend, traits }) => ({
    raw: compound(
      rng,
      traits.county ? rng.between(15, 40) : rng.between(10, 30),
      drift(rng, trend, { improving: [0.04, 0.1], flat: [-0.01, 0.01], worsening: [-0.08, -0.02] }),
      0.03,
    ),
    bounds: { min: 5.5, max: 59 },
  }),
  gdp_per_capita: ({ rng, trend, hint }) => ({
    raw: compound(
      rng,
      hint.gdppc * rng.between(0.95, 1.05),
      drift(rng, trend, { improving: [0.05, 0.09], flat: [0.01, 0.03], worsening: [-0.02, 0.01] }),
      0.015,
    ),
    bounds: { min: 26000, max: 178000 },
  }),
};

// Anything the catalogue gains later still gets plausible, flag-free numbers.
function genericSeries(ind: DemoIndicator, { rng, trend }: SeriesContext): number[] {
  const [lo, hi] = rangeOf(ind);
  const low = Number.isFinite(lo) ? lo : 0;
  const high = Number.isFinite(hi) ? hi : low + 100;
  const span = high - low;
  const sign = ind.direction === "lower" ? -1 : 1;
  const slope = sign * drift(rng, trend, { improving: [0.01, 0.03], flat: [-0.003, 0.003], worsening: [-0.02, -0.005] }) * span;
  return linear(rng, low + span * rng.between(0.35, 0.65), slope, span * 0.003);
}

// ---------------------------------------------------------------------------------------------
// One area's full series (before gaps), keyed by indicator.

function areaSeries(seed: number, area: DemoArea, catalogue: Map<string, DemoIndicator>): Map<string, number[]> {
  const traits = traitsOf(area);
  const hint = hintFor(area, new Rng(seed, `${area.code}/hint`));
  const series = new Map<string, number[]>();
  const ctxFor = (key: string): SeriesContext => {
    const rng = new Rng(seed, `${area.code}/${key}`);
    return { rng, trend: pickTrend(rng), traits, hint, area };
  };

  // Population: natural increase and net migration drive the resident population, and the net
  // migration rate is then derived from the rounded inputs exactly as the app derives it.
  const nirInd = catalogue.get("natural_increase_rate");
  const popInd = catalogue.get("pop_resident");
  const migInd = catalogue.get(NET_MIGRATION_KEY);
  if (nirInd && popInd) {
    const { rng, trend } = ctxFor("population");
    const decline = rng.between(0.4, 1.0);
    const rawNir = YEARS.map((_, i) => hint.nir + rng.between(-0.5, 0.5) - decline * i);
    const nir = fitPath(rawNir, nirInd, 0, { min: -7.5, max: 7.5 });
    const migSlope = drift(rng, trend, { improving: [0.05, 0.15], flat: [0, 0], worsening: [-0.15, -0.05] });
    const mig = YEARS.map((_, i) => clamp(hint.mig + migSlope * (i - 3) + rng.between(-0.15, 0.15), -1.4, 1.4));
    const growth = (i: number) => 1 + (nir[i] as number) / 1000 + (mig[i] as number) / 100;
    const pop: number[] = [roundTo(hint.pop / (growth(1) * growth(2)), popInd.decimals)];
    for (let i = 1; i < YEARS.length; i++) pop.push(roundTo((pop[i - 1] as number) * growth(i), popInd.decimals));
    series.set("pop_resident", pop);
    series.set("natural_increase_rate", nir);
    if (migInd) {
      series.set(
        NET_MIGRATION_KEY,
        YEARS.map((_, i) => {
          const rate = i === 0 ? null : netMigrationRate(pop[i - 1] as number, pop[i] as number, nir[i] as number);
          return rate === null ? NaN : roundTo(rate, migInd.decimals);
        }),
      );
    }
  }

  // Sector shares: primary and secondary drift, tertiary is the remainder so the three sum to 100.
  const [primInd, secInd, tertInd] = SHARE_KEYS.map((k) => catalogue.get(k));
  if (primInd && secInd && tertInd) {
    const { rng } = ctxFor("sectors");
    const primary = fitPath(
      linear(rng, traits.county || traits.resource ? rng.between(6, 16) : rng.between(3, 10), -rng.between(0, 0.4), 0.15),
      primInd,
      BASE_INDEX,
      { min: 1, max: 20 },
    );
    const secondary = fitPath(
      linear(rng, traits.heavy ? rng.between(42, 55) : rng.between(35, 50), rng.between(-1.2, 0.3), 0.4),
      secInd,
      BASE_INDEX,
      { min: 30, max: 58 },
    );
    series.set("primary_share", primary);
    series.set("secondary_share", secondary);
    series.set(
      "tertiary_share",
      YEARS.map((_, i) => roundTo(100 - (primary[i] as number) - (secondary[i] as number), tertInd.decimals)),
    );
    const mfgInd = catalogue.get("mfg_share");
    if (mfgInd) {
      const ratio = rng.between(0.55, 0.75);
      const ratioDrift = rng.between(-0.01, 0.01);
      const raw = secondary.map((s, i) => s * (ratio + ratioDrift * (i - BASE_INDEX)));
      series.set("mfg_share", fitPath(raw, mfgInd, BASE_INDEX, { min: 15.5, max: 39.5 }));
    }
  }

  // Energy intensity, and the CO₂ index that follows it (2020 = 100 by definition).
  const energyInd = catalogue.get("energy_intensity");
  if (energyInd) {
    const { rng, trend } = ctxFor("energy_intensity");
    const [a, b] = ENERGY_BASE[area.resourceType];
    const base = rng.between(a, b) * (area.type === "both" ? 1.1 : 1) * (traits.county && !traits.resource ? 0.8 : 1);
    const rate = drift(rng, trend, { improving: [-0.05, -0.025], flat: [-0.01, 0.01], worsening: [0.01, 0.03] });
    const energy = fitPath(compound(rng, base, rate, 0.01), energyInd, BASE_INDEX, { min: 0.21, max: 2.45 });
    series.set("energy_intensity", energy);
    const co2Ind = catalogue.get("co2_intensity_index");
    if (co2Ind) {
      const decarbonise = rng.between(0, 0.015);
      const base2020 = energy[BASE_INDEX] as number;
      const raw = energy.map((e, i) =>
        i === BASE_INDEX ? 100 : 100 * (e / base2020) * (1 - decarbonise * (i - BASE_INDEX)) * rng.between(0.99, 1.01),
      );
      series.set("co2_intensity_index", fitPath(raw, co2Ind, BASE_INDEX, { min: 71, max: 109 }));
    }
  }

  for (const ind of catalogue.values()) {
    if (series.has(ind.key)) continue;
    const ctx = ctxFor(ind.key);
    const spec = SPECS[ind.key];
    if (spec) {
      const { raw, bounds } = spec(ctx);
      series.set(ind.key, fitPath(raw, ind, BASE_INDEX, bounds));
    } else if (!ind.derivation) {
      series.set(ind.key, fitPath(genericSeries(ind, ctx), ind));
    }
  }
  return series;
}

// A few deterministic gaps, only where closing them over would not look like a jump, never in a
// value other values are derived from or checked against, never in the CO₂ index's base year.
function gapsFor(seed: number, area: DemoArea, catalogue: Map<string, DemoIndicator>, series: Map<string, number[]>): Set<string> {
  const rng = new Rng(seed, `${area.code}/gaps`);
  const gaps = new Set<string>();
  for (const [key, values] of series) {
    const ind = catalogue.get(key);
    const eligible = !POPULATION_KEYS.includes(key) && !(SHARE_KEYS as readonly string[]).includes(key);
    for (let i = 0; i < YEARS.length; i++) {
      const hit = rng.chance(GAP_RATE);
      if (!hit || !ind || ind.derivation || !eligible) continue;
      if (STABLE_AREAS.has(area.code) && (i === BASE_INDEX || i === YEARS.length - 1)) continue;
      if (key === "co2_intensity_index" && i === BASE_INDEX) continue;
      if (gaps.has(`${key}/${i - 1}`)) continue;
      const before = values[i - 1];
      const after = values[i + 1];
      if (before !== undefined && after !== undefined && !withinYoy(ind, before, after)) continue;
      gaps.add(`${key}/${i}`);
    }
  }
  return gaps;
}

// ---------------------------------------------------------------------------------------------
// Targets for 2025: the energy and CO₂ goals of the national plan, plus eight to eleven more
// chosen per area, set so that some are already met, some on track and some far off.

const FIXED_TARGET_KEYS = ["energy_intensity", "co2_intensity_index"];

const FYP14_REFERENCES = new Map(NATIONAL_REFERENCES.filter((r) => r.period === DEMO_PERIOD).map((r) => [r.indicatorKey, r]));

// The shares of targets drawn already achieved, on track and moderate (the rest limited) by 2024. Areas
// that report 2025 set more of them within reach, so that most are met at the period's end.
type TargetMix = { achieved: number; onTrack: number; moderate: number };
const MIX_2024: TargetMix = { achieved: 0.25, onTrack: 0.55, moderate: 0.8 };
const MIX_REPORTING_2025: TargetMix = { achieved: 0.3, onTrack: 0.8, moderate: 0.92 };

function absoluteTarget(ind: DemoIndicator, y0: number, yt: number, rng: Rng, mix: TargetMix): { value: number; national: boolean } {
  const d = ind.direction === "lower" ? -1 : 1;
  const years = DEMO_PATH_LAST_YEAR - DEMO_BASE_YEAR;
  const reference = FYP14_REFERENCES.get(ind.key);
  const horizon = DEMO_TARGET_YEAR - DEMO_BASE_YEAR;
  const compoundForm = ind.growthForm === "compound" && y0 > 0 && yt > 0;
  const observed = compoundForm ? (yt / y0) ** (1 / years) - 1 : (yt - y0) / years;
  const [lo, hi] = rangeOf(ind);
  const span = Number.isFinite(hi - lo) ? hi - lo : Math.abs(y0) || 1;
  const favourable = d * observed > (compoundForm ? 0.003 : span * 0.002);

  let value: number;
  let national = false;
  if (reference?.kind === "absolute" && reference.value !== null && d * (reference.value - y0) > 0 && rng.chance(0.25)) {
    value = reference.value;
    national = true;
  } else if (favourable) {
    const r = rng.float();
    if (r < mix.achieved) {
      value = y0 + (yt - y0) * rng.between(0.6, 0.95); // already achieved
    } else {
      // Ratio of observed to required progress: on track, moderate or limited.
      const ratio = r < mix.onTrack ? rng.between(1.0, 1.4) : r < mix.moderate ? rng.between(0.65, 0.9) : rng.between(0.2, 0.5);
      const required = observed / ratio;
      value = compoundForm ? y0 * (1 + required) ** horizon : y0 + required * horizon;
    }
  } else {
    const ambition = rng.between(0.02, 0.06);
    value = compoundForm ? y0 * (1 + d * ambition) ** horizon : y0 + d * ambition * span * horizon;
  }
  const [hardLo, hardHi] = [ind.hardMin ?? -Infinity, ind.hardMax ?? Infinity];
  return { value: roundTo(clamp(clamp(value, lo, hi), hardLo, hardHi), ind.decimals), national };
}

function areaTargets(seed: number, area: DemoArea, catalogue: Map<string, DemoIndicator>, series: Map<string, number[]>): DemoTarget[] {
  const rng = new Rng(seed, `${area.code}/targets`);
  const common = { areaCode: area.code, period: DEMO_PERIOD, baseYear: DEMO_BASE_YEAR, targetYear: DEMO_TARGET_YEAR };
  const targets: DemoTarget[] = [];
  if (catalogue.has("energy_intensity")) {
    targets.push({ ...common, indicatorKey: "energy_intensity", kind: "change_pct", value: -13.5, reason: DEMO_NATIONAL_TARGET_REASON });
  }
  if (catalogue.has("co2_intensity_index")) {
    const value = rng.chance(0.8) ? 82 : rng.chance(0.5) ? 80 : 85;
    targets.push({ ...common, indicatorKey: "co2_intensity_index", kind: "absolute", value, reason: value === 82 ? DEMO_NATIONAL_TARGET_REASON : DEMO_TARGET_REASON });
  }
  const candidates = [...catalogue.values()].filter(
    (ind) =>
      (ind.direction === "higher" || ind.direction === "lower") &&
      !ind.derivation &&
      !FIXED_TARGET_KEYS.includes(ind.key) &&
      !(ind.key === "mining_share" && area.resourceType === "none") &&
      series.has(ind.key),
  );
  const count = Math.round(rng.between(8, 11));
  for (const ind of rng.shuffle(candidates).slice(0, count)) {
    const values = series.get(ind.key) as number[];
    const y0 = values[BASE_INDEX] as number;
    const yt = values[values.length - 1] as number;
    const { value, national } = absoluteTarget(ind, y0, yt, rng, NO_LAST_YEAR_AREAS.has(area.code) ? MIX_2024 : MIX_REPORTING_2025);
    targets.push({ ...common, indicatorKey: ind.key, kind: "absolute", value, reason: national ? DEMO_NATIONAL_TARGET_REASON : DEMO_TARGET_REASON });
  }
  return targets;
}

// ---------------------------------------------------------------------------------------------

export function generateDemoData(seed: number, areas: DemoArea[], catalogue: DemoIndicator[]): DemoData {
  const byKey = new Map(catalogue.map((ind) => [ind.key, ind]));
  const values: DemoValue[] = [];
  const targets: DemoTarget[] = [];
  for (const area of areas) {
    const series = areaSeries(seed, area, byKey);
    const gaps = gapsFor(seed, area, byKey, series);
    for (const ind of catalogue) {
      const path = series.get(ind.key);
      if (!path) continue;
      path.forEach((value, i) => {
        if (Number.isNaN(value) || gaps.has(`${ind.key}/${i}`)) return;
        values.push({ areaCode: area.code, indicatorKey: ind.key, year: YEARS[i] as number, value });
      });
    }
    const fyp14 = areaTargets(seed, area, byKey, series);
    targets.push(...fyp14);
    if (!NO_LAST_YEAR_AREAS.has(area.code)) {
      const last = extendTo2025(seed, area, byKey, series, fyp14);
      for (const [key, value] of last) values.push({ areaCode: area.code, indicatorKey: key, year: DEMO_LAST_YEAR, value });
      targets.push(...nextPeriodTargets(seed, area, byKey, last));
    }
  }
  return { values, targets };
}

// ---------------------------------------------------------------------------------------------
// 2025, the 14th period's last year: each path carried one year on from its recent pace, with the
// push of a period's last year for most targeted indicators, inside the soft range and year-on-year
// limits. Drawn from streams of their own, so the years before stay as they were. A few targeted
// indicators have no 2025 value: their verdict is "insufficient data".

const LAST_GAP_RATE = 0.04;

// Most targeted indicators close in on their target in the period's last year (a final push).
const FINAL_PUSH_RATE = 0.9;

function extendTo2025(seed: number, area: DemoArea, catalogue: Map<string, DemoIndicator>, series: Map<string, number[]>, fyp14: DemoTarget[]): Map<string, number> {
  const rng = new Rng(seed, `${area.code}/2025`);
  const targeted = new Set(fyp14.map((t) => t.indicatorKey));
  const targetLevel = (t: DemoTarget, base: number) => (t.kind === "absolute" ? t.value : base * (1 + t.value / 100));
  const out = new Map<string, number>();
  const last = YEARS.length - 1;
  for (const ind of catalogue.values()) {
    const path = series.get(ind.key);
    if (!path || ind.derivation || (SHARE_KEYS as readonly string[]).includes(ind.key) || POPULATION_KEYS.includes(ind.key)) continue;
    const y = path[last] as number;
    const y3 = path[last - 3] as number;
    if (!Number.isFinite(y) || !Number.isFinite(y3)) continue;
    const d = ind.direction === "lower" ? -1 : 1;
    const recent = (y - y3) / 3;
    const target = fyp14.find((t) => t.indicatorKey === ind.key);
    const base = path[BASE_INDEX] as number;
    const [lo, hi] = rangeOf(ind);
    const [yoyLo, yoyHi] = yoyInterval(ind, y, true);
    const level = target && Number.isFinite(base) ? targetLevel(target, base) : null;
    // Short of the target: most close in on it. At or beyond it already: the path goes on, a little up or down.
    const raw =
      level !== null && d * (level - y) > 0 && rng.chance(FINAL_PUSH_RATE)
        ? y + (level - y) * rng.between(1.05, 1.5)
        : level !== null && d * (level - y) <= 0
          ? y + Math.abs(y - level) * rng.between(-0.3, 0.6) * d
          : y + recent * (d * recent > 0 ? rng.between(0.8, 1.6) : rng.between(0.5, 1.2));
    const next = roundTo(clamp(clamp(raw, lo, hi), yoyLo, yoyHi), ind.decimals);
    if (targeted.has(ind.key) && rng.chance(LAST_GAP_RATE)) continue;
    out.set(ind.key, next);
  }
  // Shares: primary and secondary carried on, tertiary the remainder; manufacturing within industry.
  const [primary, secondary] = [series.get("primary_share"), series.get("secondary_share")];
  const [primInd, secInd, tertInd] = SHARE_KEYS.map((k) => catalogue.get(k));
  if (primary && secondary && primInd && secInd && tertInd) {
    const p = roundTo(clamp((primary[last] as number) + ((primary[last] as number) - (primary[last - 1] as number)), 1, 20), primInd.decimals);
    const s = roundTo(clamp((secondary[last] as number) + ((secondary[last] as number) - (secondary[last - 1] as number)), 30, 58), secInd.decimals);
    out.set("primary_share", p);
    out.set("secondary_share", s);
    out.set("tertiary_share", roundTo(100 - p - s, tertInd.decimals));
    const mfg = out.get("mfg_share");
    if (mfg !== undefined && mfg > s) out.set("mfg_share", s);
  }
  // Population: natural increase and migration carried on; the net migration rate derived from them.
  const [pop, nir] = [series.get("pop_resident"), series.get("natural_increase_rate")];
  const [popInd, nirInd, migInd] = [catalogue.get("pop_resident"), catalogue.get("natural_increase_rate"), catalogue.get(NET_MIGRATION_KEY)];
  const mig = series.get(NET_MIGRATION_KEY);
  if (pop && nir && popInd && nirInd) {
    const n = roundTo(clamp((nir[last] as number) - rng.between(0, 0.6), -7.5, 7.5), nirInd.decimals);
    const m = Number.isFinite(mig?.[last]) ? (mig?.[last] as number) + rng.between(-0.15, 0.15) : 0;
    const p = roundTo((pop[last] as number) * (1 + n / 1000 + m / 100), popInd.decimals);
    out.set("natural_increase_rate", n);
    out.set("pop_resident", p);
    const rate = netMigrationRate(pop[last] as number, p, n);
    if (migInd && rate !== null) out.set(NET_MIGRATION_KEY, roundTo(rate, migInd.decimals));
  }
  return out;
}

// Targets for 2030 (the 15th period, base 2025) for about half of the areas: six to nine indicators
// each, a few percent a year beyond the 2025 value, with the national reference where one exists.
const NEXT_PERIOD_SHARE = 0.5;

function nextPeriodTargets(seed: number, area: DemoArea, catalogue: Map<string, DemoIndicator>, last: Map<string, number>): DemoTarget[] {
  const rng = new Rng(seed, `${area.code}/targets-2030`);
  if (!rng.chance(NEXT_PERIOD_SHARE)) return [];
  const common = { areaCode: area.code, period: DEMO_NEXT_PERIOD, baseYear: DEMO_TARGET_YEAR, targetYear: DEMO_NEXT_TARGET_YEAR };
  const candidates = [...catalogue.values()].filter((ind) => (ind.direction === "higher" || ind.direction === "lower") && !ind.derivation && last.has(ind.key));
  const count = Math.round(rng.between(6, 9));
  return rng.shuffle(candidates)
    .slice(0, count)
    .map((ind) => {
      const y = last.get(ind.key) as number;
      const d = ind.direction === "lower" ? -1 : 1;
      const yearly = rng.between(0.01, 0.05);
      const [lo, hi] = rangeOf(ind);
      const value = roundTo(clamp(y * (1 + d * yearly) ** (DEMO_NEXT_TARGET_YEAR - DEMO_TARGET_YEAR), lo, hi), ind.decimals);
      return { ...common, indicatorKey: ind.key, kind: "absolute" as const, value, reason: DEMO_NEXT_TARGET_REASON };
    });
}
