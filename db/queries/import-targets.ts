import "server-only";
import { eq } from "drizzle-orm";
import { planPeriods } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import type { TargetRule } from "@/lib/domain/validation";
import { AppError } from "@/lib/errors";
import type { TargetImportColumn } from "@/lib/import/columns";
import { parseTargetRow, type TargetSheet } from "@/lib/import/targets";
import type { ImportProblem, ImportTargetLine, ProblemCode, ProblemParams } from "@/lib/import/types";
import { reasonNeededFor } from "@/lib/services/target-aid";
import type { TargetEntry } from "@/lib/validations/targets";
import type { Tx } from "./audit-write";
import { findScopedArea } from "./areas";
import { checkTargetWrite, currentTarget, writeTarget } from "./targets";

// The targets sheet of an import, in the import's transaction: each row with a value is read with the
// target form's schema (lib/import/targets.ts), checked with the form's rules (checkTargetWrite: scope,
// period open, closed period read-only, a reason to change a target already set, locked once the
// target year is submitted; reasonNeededFor: a flagged target needs a reason) and, on commit, written
// with the form's writeTarget (audited as the form's change is).

export type TargetWrite = { line: ImportTargetLine; target: TargetEntry };

export type TargetSheetCheck = {
  problems: ImportProblem[];
  /** The rows that set or change a target, in row order. */
  writes: TargetWrite[];
  unchanged: number;
};

/** Which column a refusal of the form's write points to. */
const REFUSAL_COLUMN: Partial<Record<string, TargetImportColumn>> = {
  unknown_period: "period",
  period_closed: "period",
  reason_required_closed: "reason",
  reason_required: "reason",
  target_locked: "value",
  invalid_base_year: "base_year",
  not_your_area: "area_code",
  area_not_found: "area_code",
  forbidden: "area_code",
};

const REFUSAL_CODE: Partial<Record<string, ProblemCode>> = {
  unknown_period: "unknown_period",
  period_closed: "period_closed",
  reason_required_closed: "reason_required_closed",
  reason_required: "target_reason_required",
  target_locked: "target_locked",
  invalid_base_year: "invalid_base_year",
  not_your_area: "not_your_area",
  area_not_found: "unknown_area",
  forbidden: "targets_not_allowed",
};

export function checkTargetSheet(
  tx: Tx,
  actor: Actor,
  sheet: TargetSheet,
  rules: readonly (TargetRule & { key: string })[],
  onlyArea: string | undefined,
): TargetSheetCheck {
  const problems: ImportProblem[] = [];
  const problem = (row: number, column: TargetImportColumn | null, code: ProblemCode, params?: ProblemParams) =>
    problems.push({ sheet: sheet.sheet, row, column, cell: column ? (sheet.letters[column] ?? null) : null, code, ...(params ? { params } : {}) });
  const areaIds = new Map<string, number | AppError>();
  const areaOf = (code: string) => {
    if (!areaIds.has(code)) {
      try {
        areaIds.set(code, findScopedArea(tx, actor, code, "targets.write").id);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        areaIds.set(code, error);
      }
    }
    return areaIds.get(code)!;
  };
  const firstOf = new Map<string, number>();
  const writes: TargetWrite[] = [];
  let unchanged = 0;

  for (const r of sheet.rows) {
    const parsed = parseTargetRow(rules, r);
    if (!parsed.ok) {
      for (const p of parsed.problems) problem(r.row, p.column, p.code, p.params);
      continue;
    }
    const target = parsed.target;
    const refuse = (error: AppError) => {
      const column = REFUSAL_COLUMN[error.message] ?? null;
      const code = REFUSAL_CODE[error.message] ?? "invalid";
      problem(r.row, column, code, { value: column === "period" ? target.period : target.areaCode, area: target.areaCode, period: target.period });
    };
    if (onlyArea !== undefined && target.areaCode !== onlyArea) {
      problem(r.row, "area_code", "not_selected_area", { value: target.areaCode, expected: onlyArea });
      continue;
    }
    const areaId = areaOf(target.areaCode);
    if (areaId instanceof AppError) {
      refuse(areaId);
      continue;
    }
    // A second row for the same target is refused, whether or not the first one is valid.
    const key = `${target.areaCode}|${target.indicatorKey}|${target.period}`;
    const first = firstOf.get(key);
    if (first !== undefined) {
      problem(r.row, "indicator_key", "duplicate_target", { firstRow: first });
      continue;
    }
    firstOf.set(key, r.row);

    const period = tx.select().from(planPeriods).where(eq(planPeriods.code, target.period)).get();
    if (!period) {
      problem(r.row, "period", "unknown_period", { value: target.period });
      continue;
    }
    const baseYear = target.baseYear ?? period.baseYear;
    const before = currentTarget(tx, areaId, target.indicatorKey, period.code);
    // The target as stored (its reason aside) changes nothing: not checked further, not written. An
    // export of every period's targets goes back in, closed and locked ones included.
    if (before && before.kind === target.kind && before.value === target.value && before.baseYear === baseYear) {
      unchanged++;
      continue;
    }
    try {
      checkTargetWrite(tx, actor, target);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refuse(error);
      continue;
    }
    const needed = reasonNeededFor(target);
    if (needed) {
      problem(r.row, "reason", needed, { indicator: target.indicatorKey });
      continue;
    }
    writes.push({
      target,
      line: {
        sheet: sheet.sheet,
        row: r.row,
        area: target.areaCode,
        indicator: target.indicatorKey,
        period: period.code,
        kind: target.kind,
        value: target.value,
        baseYear,
        targetYear: period.targetYear,
        before: before && { kind: before.kind, value: before.value, baseYear: before.baseYear },
      },
    });
  }
  return { problems, writes, unchanged };
}

/** Writes the checked targets with the form's code: its checks once more, in the write's own queries, then writeTarget. */
export function writeTargets(tx: Tx, actor: Actor, writes: readonly TargetWrite[]): number {
  for (const { target } of writes) {
    const { area, period, before } = checkTargetWrite(tx, actor, target);
    writeTarget(tx, {
      actorId: actor.id,
      area: { id: area.id, code: target.areaCode },
      period,
      before,
      indicatorKey: target.indicatorKey,
      kind: target.kind,
      value: target.value,
      baseYear: target.baseYear,
      reason: target.reason,
    });
  }
  return writes.length;
}
