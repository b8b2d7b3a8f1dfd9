"use server";

import { listIndicators } from "@/db/queries/indicators";
import { deleteTarget, saveTarget } from "@/db/queries/targets";
import { reasonNeededFor } from "@/lib/services/target-aid";
import { deleteTargetSchema, targetFromFormData, validateTarget, type TargetEntry, type TargetFieldProblem } from "@/lib/validations/targets";
import { formAction } from "./form-action";

const areaPages = ({ areaCode }: { areaCode: string }) => [[`/areas/${areaCode}`, "layout"] as [string, "layout"], "/"];

type Checked = { ok: true; data: TargetEntry } | { ok: false; fieldErrors: Record<string, TargetFieldProblem[]>; formError?: "invalid_form" };

/** Set one target of an open plan period: the shared schema and the indicator's domain check, then the scoped write. */
export const saveTargetAction = formAction(
  {
    permission: "targets.write",
    form: targetFromFormData,
    // The check reads only the catalogue; the write's own query refuses an area out of reach.
    schema: (raw): Checked => {
      const result = validateTarget(listIndicators(), raw);
      if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors as Record<string, TargetFieldProblem[]>, formError: result.formError };
      // A flagged target (ambitious, undemanding) needs a reason: the check the import makes too.
      const needed = reasonNeededFor(result.target);
      if (!needed) return { ok: true, data: result.target };
      return { ok: false, fieldErrors: { reason: [{ code: needed }] } };
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
