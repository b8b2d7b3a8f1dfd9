import type { IndicatorDefinition, TargetKind } from "./indicator";

// Domain rules for one area-year of values (docs/methodology.md, data entry rules): impossible
// values are rejected, implausible ones are accepted with a flag and must carry the official's
// explanation.
// Results are codes with their numbers; the UI turns them into sentences in the user's language.

export type IndicatorRule = Pick<
  IndicatorDefinition,
  | "key"
  | "nameZh"
  | "nameEn"
  | "unitZh"
  | "unitEn"
  | "decimals"
  | "hardMin"
  | "hardMax"
  | "softMin"
  | "softMax"
  | "yoyKind"
  | "yoyMaxDown"
  | "yoyMaxUp"
  | "derivation"
>;

export const SECTOR_SHARE_KEYS = ["primary_share", "secondary_share", "tertiary_share"] as const;
/** The three sector shares must add up to 100 within this many points. */
export const SECTOR_SUM_TOLERANCE = 0.5;

export type FieldProblem =
  | { code: "out_of_hard_range"; min: number | null; max: number | null }
  | { code: "not_a_number" }
  | { code: "note_required" }
  | { code: "sector_sum"; sum: number }
  | { code: "sector_incomplete" }
  | { code: "derived_not_editable" };

export type Flag =
  | { code: "outside_soft_range"; min: number | null; max: number | null }
  | {
      code: "yoy_change";
      previous: number;
      /** In percent of the previous value, or in points, as `kind` says. */
      change: number;
      kind: "percent" | "points";
      maxDown: number | null;
      maxUp: number | null;
    };

export type EntryValue = { value: number | null; note: string };

export type EntryCheck = {
  errors: Record<string, FieldProblem[]>;
  flags: Record<string, Flag[]>;
};

// Comparisons allow for floating point, so that 2.0 → 2.6 with a 0.6-point limit is not flagged
// because 2.6 − 2.0 computes as 0.6000000000000001.
const EPSILON = 1e-9;

function below(value: number, min: number | null): boolean {
  return min !== null && value < min - EPSILON;
}

function above(value: number, max: number | null): boolean {
  return max !== null && value > max + EPSILON;
}

/**
 * The change from last year's value, in percent of it or in points. Null without a previous value, or
 * for a percent change from 0 (undefined).
 */
export function yearOnYearChange(kind: "percent" | "points", value: number, previous: number | undefined): number | null {
  if (previous === undefined || !Number.isFinite(previous)) return null;
  if (kind === "percent" && previous === 0) return null;
  return kind === "percent" ? ((value - previous) / Math.abs(previous)) * 100 : value - previous;
}

function yoyFlag(rule: IndicatorRule, value: number, previous: number | undefined): Flag | null {
  if (rule.yoyKind === null) return null;
  // A percent change from zero is undefined; the soft range still catches implausible values.
  const change = yearOnYearChange(rule.yoyKind, value, previous);
  if (change === null || previous === undefined) return null;
  const maxDown = rule.yoyMaxDown;
  const maxUp = rule.yoyMaxUp;
  if (!below(change, maxDown === null ? null : -maxDown) && !above(change, maxUp)) return null;
  return { code: "yoy_change", previous, change, kind: rule.yoyKind, maxDown, maxUp };
}

/**
 * Checks one area-year. `entries` must be the whole year's form (the sector shares are checked
 * together); `previous` holds last year's stored values. A null value means "not reported" and is
 * not checked. Keys without a rule are ignored here: the form schema rejects them.
 */
export function checkEntry(
  rules: readonly IndicatorRule[],
  entries: Record<string, EntryValue>,
  previous: Record<string, number | undefined>,
): EntryCheck {
  const errors: Record<string, FieldProblem[]> = {};
  const flags: Record<string, Flag[]> = {};
  const addError = (key: string, problem: FieldProblem) => (errors[key] ??= []).push(problem);

  for (const rule of rules) {
    const entry = entries[rule.key];
    if (!entry || entry.value === null) continue;
    const { value, note } = entry;

    if (rule.derivation !== null) {
      addError(rule.key, { code: "derived_not_editable" });
      continue;
    }
    if (below(value, rule.hardMin) || above(value, rule.hardMax)) {
      addError(rule.key, { code: "out_of_hard_range", min: rule.hardMin, max: rule.hardMax });
      continue;
    }

    const found: Flag[] = [];
    if (below(value, rule.softMin) || above(value, rule.softMax)) {
      found.push({ code: "outside_soft_range", min: rule.softMin, max: rule.softMax });
    }
    const yoy = yoyFlag(rule, value, previous[rule.key]);
    if (yoy) found.push(yoy);
    if (found.length > 0) {
      flags[rule.key] = found;
      if (note.trim() === "") addError(rule.key, { code: "note_required" });
    }
  }

  checkSectorShares(rules, entries, addError);
  return { errors, flags };
}

function checkSectorShares(
  rules: readonly IndicatorRule[],
  entries: Record<string, EntryValue>,
  addError: (key: string, problem: FieldProblem) => void,
) {
  const known = new Set(rules.map((r) => r.key));
  const keys = SECTOR_SHARE_KEYS.filter((key) => known.has(key));
  const given = keys.filter((key) => (entries[key]?.value ?? null) !== null);
  if (given.length === 0) return;
  if (given.length < keys.length) {
    for (const key of keys) if (!given.includes(key)) addError(key, { code: "sector_incomplete" });
    return;
  }
  const sum = given.reduce((total, key) => total + (entries[key]?.value ?? 0), 0);
  if (Math.abs(sum - 100) > SECTOR_SUM_TOLERANCE + EPSILON) {
    for (const key of given) addError(key, { code: "sector_sum", sum });
  }
}

export type TargetRule = Pick<IndicatorDefinition, "hardMin" | "hardMax" | "direction" | "growthForm">;

/** Relative targets are percent changes from the base value: above −100 % and at most +1000 %. */
export const CHANGE_PCT_MIN = -100;
export const CHANGE_PCT_MAX = 1000;

export type TargetProblem =
  | { code: "out_of_hard_range"; min: number | null; max: number | null }
  | { code: "change_out_of_range"; min: number; max: number }
  // Context indicators carry no direction, so progress toward a target cannot be assessed.
  | { code: "not_scored" }
  // Linear-form indicators can be zero or negative (net migration, a 0 % retrofit share), where a
  // percent change from the base is meaningless or points the wrong way.
  | { code: "relative_not_allowed" };

export function checkTarget(rule: TargetRule, kind: TargetKind, value: number): TargetProblem | null {
  if (rule.direction === "context") return { code: "not_scored" };
  if (kind === "absolute") {
    return below(value, rule.hardMin) || above(value, rule.hardMax)
      ? { code: "out_of_hard_range", min: rule.hardMin, max: rule.hardMax }
      : null;
  }
  if (rule.growthForm === "linear") return { code: "relative_not_allowed" };
  return value > CHANGE_PCT_MIN && value <= CHANGE_PCT_MAX
    ? null
    : { code: "change_out_of_range", min: CHANGE_PCT_MIN, max: CHANGE_PCT_MAX };
}
