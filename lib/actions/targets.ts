"use server";

import { getAreaByCode } from "@/db/queries/areas";
import { listIndicators } from "@/db/queries/indicators";
import { deleteTarget, saveTarget } from "@/db/queries/targets";
import { findPeriod } from "@/lib/domain/plan";
import { listPlanPeriods } from "@/lib/services/kept-reads";
import { proposedTargetFlag } from "@/lib/services/target-aid";
import { deleteTargetSchema, targetFromFormData, validateTarget, type TargetEntry, type TargetFieldProblem } from "@/lib/validations/targets";
import { formAction } from "./form-action";

const areaPages = ({ areaCode }: { areaCode: string }) => [[`/areas/${areaCode}`, "layout"] as [string, "layout"], "/"];

/**
 * A target beyond the best peer's pace, or below the area's own, needs a reason (it is never refused):
 * the flag the form shows, computed again here. Null when there is a reason or nothing to flag.
 */
type Checked = { ok: true; data: TargetEntry } | { ok: false; fieldErrors: Record<string, TargetFieldProblem[]>; formError?: "invalid_form" };

function flagWithoutReason(target: TargetEntry) {
  const area = getAreaByCode(target.areaCode);
  const period = findPeriod(listPlanPeriods(), target.period);
  if (target.reason || !area || !period || period.state !== "open") return null;
  const proposed = { kind: target.kind, value: target.value, baseYear: target.baseYear ?? period.baseYear, targetYear: period.targetYear };
  return proposedTargetFlag(area, period, target.indicatorKey, proposed);
}

/** Set one target of an open plan period: the shared schema and the indicator's domain check, then the scoped write. */
export const saveTargetAction = formAction(
  {
    permission: "targets.write",
    form: targetFromFormData,
    // The check reads only the catalogue; the write's own query refuses an area out of reach.
    schema: (raw): Checked => {
      const result = validateTarget(listIndicators(), raw);
      if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors as Record<string, TargetFieldProblem[]>, formError: result.formError };
      const flag = flagWithoutReason(result.target);
      if (!flag) return { ok: true, data: result.target };
      const problem: TargetFieldProblem = { code: flag === "ambitious" ? "reason_required_ambitious" : "reason_required_undemanding" };
      return { ok: false, fieldErrors: { reason: [problem] } };
    },
    revalidate: areaPages,
  },
  ({ input, user }) => {
    saveTarget({ actor: user, ...input });
    return { message: "target_saved" };
  },
);

export const deleteTargetAction = formAction(
  {
    permission: "targets.write",
    form: (form) => ({ areaCode: form.get("areaCode"), indicatorKey: form.get("indicatorKey"), period: form.get("period"), reason: form.get("reason") ?? "" }),
    schema: deleteTargetSchema,
    revalidate: areaPages,
  },
  ({ input, user }) => {
    deleteTarget({ actor: user, ...input });
    return { message: "target_removed" };
  },
);
