import type { PERIOD_STATES } from "./enums";

// Five-year plan periods, and the bounds of the years the product accepts. This module is the only
// code that knows plan years: the periods themselves are data (the plan_periods table, seeded from
// db/seed/plan-periods.ts), so a further period is one more row. See docs/methodology.md, plan periods.

export type PeriodState = (typeof PERIOD_STATES)[number];

export type PlanPeriod = {
  code: string;
  nameZh: string;
  nameEn: string;
  /** The year targets are measured from (the previous period's last year). */
  baseYear: number;
  /** The year the period's targets are for. */
  targetYear: number;
  state: PeriodState;
};

/** The years a value, a target or a query may name: one definition for forms, imports and the API. */
export const YEAR_BOUNDS = { min: 2000, max: 2100 } as const;

/** The first year offered in year pickers (entry, import): the earliest year the programme reports. */
export const FIRST_REPORTED_YEAR = 2015;

/** A period code as stored and as written in links (`?period=fyp15`). */
export const PERIOD_CODE_PATTERN = /^[a-z][a-z0-9]{1,15}$/;


function byTargetYear(periods: readonly PlanPeriod[]): PlanPeriod[] {
  return [...periods].sort((a, b) => a.targetYear - b.targetYear);
}

/** The period progress is shown for by default: the latest open one, else the latest. */
export function currentPeriod(periods: readonly PlanPeriod[]): PlanPeriod | null {
  const sorted = byTargetYear(periods);
  return sorted.filter((p) => p.state === "open").at(-1) ?? sorted.at(-1) ?? null;
}

export function findPeriod(periods: readonly PlanPeriod[], code: string): PlanPeriod | null {
  return periods.find((p) => p.code === code) ?? null;
}

/**
 * The period a year's assessment belongs to: the first whose target year is at or after it
 * (2021–2025 → the 14th; a year before every period → the first; a year in a gap between two
 * periods → the later one), else, after every period, the last.
 */
export function periodOfYear(periods: readonly PlanPeriod[], year: number): PlanPeriod | null {
  const sorted = byTargetYear(periods);
  return sorted.find((p) => year <= p.targetYear) ?? sorted.at(-1) ?? null;
}

/** The period just before this one, if any (the one whose target year is this one's base year). */
export function previousPeriod(periods: readonly PlanPeriod[], period: PlanPeriod): PlanPeriod | null {
  return periods.find((p) => p.targetYear === period.baseYear) ?? null;
}

/**
 * Whether a period's targets are judged (met or missed) rather than tracked, as seen from a year:
 * a closed period, once that year reaches its target year. Seen from an earlier year (the summary of
 * 2023), the period is tracked as it was then.
 */
export function isJudged(period: PlanPeriod, asOfYear?: number): boolean {
  return period.state === "closed" && (asOfYear === undefined || asOfYear >= period.targetYear);
}

