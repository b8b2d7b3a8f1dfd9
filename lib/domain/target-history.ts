import type { TargetSpec } from "./progress";

// An area's targets as they stood at a past moment, read back from the audit trail rather than kept as
// copies: every write of a target records, in the same transaction, what the target was before it
// (docs/methodology.md, targets). Starting from the targets as they are now and undoing, newest first,
// each change made after the moment gives the targets as they were then.

export type TargetAsAt = { indicatorKey: string } & TargetSpec;

/** One audited write of a target: what it did and the target as it was before (null on create). */
export type TargetChange = {
  indicatorKey: string;
  action: "create" | "update" | "delete";
  /** The audit record's year: the target year of the target's period (null in records written before periods existed). */
  year: number | null;
  /** The audit record's old and new fields, parsed from JSON. */
  old: unknown;
  new: unknown;
};

/**
 * A moment of the audit trail: a record's id (exact, whatever the clock), else a time (a year whose
 * approval left no record).
 */
export type TrailMoment = { auditId: number } | { at: Date };

/** A change with its place in the trail. */
export type PlacedTargetChange = TargetChange & { auditId: number; at: Date };

/** Whether a change was made after a moment of the trail. */
export function isAfter(change: { auditId: number; at: Date }, moment: TrailMoment): boolean {
  return "auditId" in moment ? change.auditId > moment.auditId : change.at.getTime() > moment.at.getTime();
}

const KINDS = ["absolute", "change_pct", "annual_growth"] as const;

/** The target fields of an audit record's JSON, when they are all there. */
function targetOf(fields: unknown): TargetSpec | null {
  if (!fields || typeof fields !== "object") return null;
  const f = fields as Record<string, unknown>;
  const kind = KINDS.find((k) => k === f.kind);
  if (!kind || typeof f.value !== "number" || typeof f.baseYear !== "number" || typeof f.targetYear !== "number") return null;
  return { kind, value: f.value, baseYear: f.baseYear, targetYear: f.targetYear };
}

/** The target year a change concerns: its record's year, else the target year written in its fields. */
function targetYearOf(change: TargetChange): number | null {
  return change.year ?? targetOf(change.old)?.targetYear ?? targetOf(change.new)?.targetYear ?? null;
}

/**
 * The targets of one period (its target year `targetYear`) as they stood before `changesAfter`, the
 * audited changes made since the moment in the order they were made. `current`: the targets now.
 * A change of another period's target is passed over; a record whose old target cannot be read leaves
 * the target as it is (no guess).
 */
export function targetsAsAt(current: readonly TargetAsAt[], changesAfter: readonly TargetChange[], targetYear: number): TargetAsAt[] {
  const byKey = new Map(current.map((t) => [t.indicatorKey, { ...t }]));
  for (const change of [...changesAfter].reverse()) {
    if (targetYearOf(change) !== targetYear) continue;
    if (change.action === "create") {
      byKey.delete(change.indicatorKey);
      continue;
    }
    const before = targetOf(change.old);
    if (before) byKey.set(change.indicatorKey, { indicatorKey: change.indicatorKey, ...before });
  }
  return [...byKey.values()].sort((a, b) => (a.indicatorKey < b.indicatorKey ? -1 : a.indicatorKey > b.indicatorKey ? 1 : 0));
}

/**
 * One period's targets as they stood at a year's approval (`moment`; null while the year is not
 * approved): the targets now with every change made since undone. The same array when nothing changed
 * since, so that a caller can tell.
 */
export function targetsAtApproval(
  current: readonly TargetAsAt[],
  changes: readonly PlacedTargetChange[],
  moment: TrailMoment | null,
  targetYear: number,
): readonly TargetAsAt[] {
  if (!moment) return current;
  const since = changes.filter((c) => isAfter(c, moment) && targetYearOf(c) === targetYear);
  return since.length === 0 ? current : targetsAsAt(current, since, targetYear);
}
