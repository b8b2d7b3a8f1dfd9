// Progress toward a target year, after the Open SDG progress measure (Statistics Canada, Eurostat),
// and the verdict on a target once its period is over. The years come from the plan period
// (lib/domain/plan.ts). See docs/methodology.md, progress toward targets and plan periods.

export type ProgressStatus =
  | "achieved"
  | "on_track"
  | "moderate"
  | "limited"
  | "deterioration"
  | "insufficient_data"
  // Only for indicators without a target.
  | "substantial"
  // An open period without a value after its base year: nothing is assessed from the base year alone.
  | "no_data_yet"
  // Verdicts on the targets of a closed period, once its target year is reached.
  | "met"
  | "missed";

export type YearValue = { year: number; value: number };

export type TargetSpec = {
  /** A level; a change in % from the base value; or a minimum average yearly growth in %. */
  kind: "absolute" | "change_pct" | "annual_growth";
  value: number;
  baseYear: number;
  targetYear: number;
};

export type ProgressInput = {
  series: YearValue[];
  // Required on purpose: a default direction silently inverts the verdict for lower-is-better indicators.
  direction: "higher" | "lower";
  growthForm: "compound" | "linear";
  target: TargetSpec | null;
  /** Used when there is no target: the plan period's years. */
  baseYear: number;
  targetYear: number;
  /** Values after this year are ignored (to show the assessment as it stood in an earlier year). */
  asOfYear?: number;
};

export type ProgressResult = {
  status: ProgressStatus;
  hasTarget: boolean;
  baseYear: number | null;
  baseValue: number | null;
  latestYear: number | null;
  latestValue: number | null;
  targetYear: number;
  /** The target resolved to an absolute value. */
  targetValue: number | null;
  /** a: compound = fraction per year (0.05 = 5 %), linear = units per year. */
  observedGrowth: number | null;
  /** r, in the same units as observedGrowth. */
  requiredGrowth: number | null;
  /** R = a / r. */
  ratio: number | null;
  /** The value expected in the target year if the observed growth continues. */
  projected: number | null;
  /** Growth still needed each year from the latest year to reach the target; same units as a. */
  requiredAnnualGrowth: number | null;
  /** The form actually used: compound falls back to linear when a value is not positive. */
  form: "compound" | "linear";
};

const RATIO_ON_TRACK = 0.95;
const RATIO_MODERATE = 0.6;
// Without a target, the direction-adjusted growth per year (1.5 % and 0.5 %).
const GROWTH_SUBSTANTIAL = 0.015;
const GROWTH_MODERATE = 0.005;
// Floating-point slack, so that a value typed equal to a computed target (e.g. base × 0.865) or a
// ratio that is exactly 0.95 on paper is not pushed to the wrong side of the line by rounding.
const EPSILON = 1e-9;

/** The target as a level: a change in % applies to the base value, a yearly growth compounds over the span. */
export function resolveTarget(target: TargetSpec, baseValue: number): number {
  if (target.kind === "absolute") return target.value;
  if (target.kind === "change_pct") return baseValue * (1 + target.value / 100);
  return baseValue * Math.pow(1 + target.value / 100, target.targetYear - target.baseYear);
}

function atLeast(x: number, threshold: number): boolean {
  return x >= threshold - EPSILON * Math.max(1, Math.abs(threshold));
}

function classifyRatio(ratio: number): ProgressStatus {
  if (atLeast(ratio, RATIO_ON_TRACK)) return "on_track";
  if (atLeast(ratio, RATIO_MODERATE)) return "moderate";
  if (atLeast(ratio, 0)) return "limited";
  return "deterioration";
}

function classifyGrowth(adjustedGrowth: number): ProgressStatus {
  if (atLeast(adjustedGrowth, GROWTH_SUBSTANTIAL)) return "substantial";
  if (atLeast(adjustedGrowth, GROWTH_MODERATE)) return "moderate";
  if (atLeast(adjustedGrowth, 0)) return "limited";
  return "deterioration";
}

/** Growth per year between two points: compound fraction or linear units. */
function growth(form: "compound" | "linear", from: number, to: number, years: number): number {
  return form === "compound" ? Math.pow(to / from, 1 / years) - 1 : (to - from) / years;
}

function project(form: "compound" | "linear", value: number, perYear: number, years: number): number {
  return form === "compound" ? value * Math.pow(1 + perYear, years) : value + perYear * years;
}

/**
 * Assesses one area's indicator series against its target (or, without a target, by its growth).
 *
 * Order of the checks: no base value → insufficient data; latest value at or beyond the target →
 * achieved (a single base-year value suffices, since the target is already met); only one year →
 * insufficient data; otherwise the ratio of observed to required growth.
 */
export function assessProgress(input: ProgressInput): ProgressResult {
  const { direction, target } = input;
  const d = direction === "higher" ? 1 : -1;
  const hasTarget = target !== null;
  const startYear = target?.baseYear ?? input.baseYear;
  const targetYear = target?.targetYear ?? input.targetYear;

  // One value per year (the last one given wins), finite values only, up to asOfYear.
  const byYear = new Map<number, number>();
  for (const { year, value } of input.series) {
    if (Number.isFinite(value) && (input.asOfYear === undefined || year <= input.asOfYear)) byYear.set(year, value);
  }
  const points = [...byYear].map(([year, value]) => ({ year, value })).sort((x, y) => x.year - y.year);

  // With a target, the base must precede the target year: a later value cannot anchor a relative
  // target, and the required growth would divide by zero or a negative span.
  const base = points.find((p) => p.year >= startYear && (!hasTarget || p.year < targetYear));
  const latest = points.at(-1);

  const result: ProgressResult = {
    status: "insufficient_data",
    hasTarget,
    baseYear: base?.year ?? null,
    baseValue: base?.value ?? null,
    latestYear: latest?.year ?? null,
    latestValue: latest?.value ?? null,
    targetYear,
    targetValue: null,
    observedGrowth: null,
    requiredGrowth: null,
    ratio: null,
    projected: null,
    requiredAnnualGrowth: null,
    form: input.growthForm,
  };
  // An absolute target is known without a base value (a relative one is not).
  if (target?.kind === "absolute") result.targetValue = target.value;
  if (!base || !latest) return result;
  const { year: baseYear, value: baseValue } = base;
  const { year: latestYear, value: latestValue } = latest;

  const T = target ? resolveTarget(target, baseValue) : null;
  result.targetValue = T;

  // Ratios of powers only make sense for positive values; otherwise use straight lines.
  const positive = baseValue > 0 && latestValue > 0 && (T === null || T > 0);
  const form = input.growthForm === "compound" && positive ? "compound" : "linear";
  result.form = form;

  const achieved = T !== null && atLeast(d * latestValue, d * T);
  if (latestYear > baseYear) {
    const a = growth(form, baseValue, latestValue, latestYear - baseYear);
    result.observedGrowth = a;
    // Past the target year there is nothing left to project.
    if (latestYear <= targetYear) result.projected = project(form, latestValue, a, targetYear - latestYear);
  }
  if (T !== null) {
    result.requiredGrowth = growth(form, baseValue, T, targetYear - baseYear);
    if (!achieved && latestYear < targetYear) {
      result.requiredAnnualGrowth = growth(form, latestValue, T, targetYear - latestYear);
    }
  }

  if (achieved) {
    result.status = "achieved";
    return result;
  }
  const a = result.observedGrowth;
  if (a === null) return result; // a single year: insufficient data

  if (T === null) {
    // Linear growth is made relative to the base so the same thresholds apply to both forms.
    const relative = form === "linear" && baseValue !== 0 ? a / Math.abs(baseValue) : a;
    result.status = classifyGrowth(d * relative);
    return result;
  }

  const r = result.requiredGrowth;
  if (r === null || d * r <= 0) {
    // The target does not lie beyond the base in the good direction (e.g. "hold at the base level"),
    // so R is meaningless. Not achieved then means the latest value is on the wrong side of a target
    // that is itself not better than the base: the indicator has moved the wrong way.
    result.status = "deterioration";
    return result;
  }
  result.ratio = a / r;
  result.status = classifyRatio(result.ratio);
  return result;
}

export type Verdict = {
  status: "met" | "missed" | "insufficient_data";
  /** The value of the target year, as stored. */
  targetYearValue: number | null;
  /** Share of the intended change achieved, (y_T − y_0) / (T − y_0); null where the target equals the base. */
  achievedShare: number | null;
};

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * The verdict on one target of a closed period: met or missed by the value of the target year
 * itself, compared at the indicator's stored precision in its direction; without that value,
 * insufficient data (never a projection). Takes the base and the resolved target of the progress
 * result the verdict replaces.
 */
export function judgeTarget(input: {
  series: YearValue[];
  direction: "higher" | "lower";
  decimals: number;
  targetYear: number;
  baseValue: number | null;
  targetValue: number | null;
}): Verdict {
  const { baseValue: y0, targetValue: T } = input;
  const last = input.series.filter((p) => p.year === input.targetYear && Number.isFinite(p.value)).at(-1);
  if (!last || y0 === null || T === null) return { status: "insufficient_data", targetYearValue: last?.value ?? null, achievedShare: null };
  const d = input.direction === "higher" ? 1 : -1;
  const met = d * roundTo(last.value, input.decimals) >= d * roundTo(T, input.decimals);
  return {
    status: met ? "met" : "missed",
    targetYearValue: last.value,
    achievedShare: T === y0 ? null : (last.value - y0) / (T - y0),
  };
}

export type StatusSummary = {
  achieved: number;
  onTrack: number;
  moderate: number;
  limited: number;
  worsening: number;
  insufficient: number;
  /** An open period's targets before any value after its base year. */
  noDataYet: number;
  met: number;
  missed: number;
  total: number;
};

/** Counts the indicators with a target by status, each status on its own (achieved apart from on track). */
export function summariseStatuses(results: Pick<ProgressResult, "hasTarget" | "status">[]): StatusSummary {
  const summary: StatusSummary = { achieved: 0, onTrack: 0, moderate: 0, limited: 0, worsening: 0, insufficient: 0, noDataYet: 0, met: 0, missed: 0, total: 0 };
  for (const r of results) {
    if (!r.hasTarget) continue;
    summary.total += 1;
    if (r.status === "achieved") summary.achieved += 1;
    else if (r.status === "on_track") summary.onTrack += 1;
    else if (r.status === "met") summary.met += 1;
    else if (r.status === "missed") summary.missed += 1;
    else if (r.status === "no_data_yet") summary.noDataYet += 1;
    else if (r.status === "moderate") summary.moderate += 1;
    else if (r.status === "limited") summary.limited += 1;
    else if (r.status === "deterioration") summary.worsening += 1;
    else if (r.status === "insufficient_data") summary.insufficient += 1;
  }
  return summary;
}
