"use server";

import { revalidatePath } from "next/cache";
import { listIndicators } from "@/db/queries/indicators";
import { deleteTarget, saveTarget } from "@/db/queries/targets";
import { getAreaByCode } from "@/db/queries/areas";
import { canWriteArea } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { deleteTargetSchema, targetFromFormData, validateTarget, type TargetField, type TargetFieldProblem } from "@/lib/validations/targets";
import { failure } from "./result";

export type TargetActionResult = {
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<TargetField, TargetFieldProblem[]>>;
};

/** Set one 2025 target: guard → the shared schema and domain check → scoped write. */
export async function saveTargetAction(_prev: TargetActionResult, formData: FormData): Promise<TargetActionResult> {
  // A public endpoint: a forged request can send anything in place of the form.
  if (!(formData instanceof FormData)) return { ok: false, message: "invalid_form" };
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", "unauthenticated");
    const raw = targetFromFormData(formData) as { areaCode?: unknown };
    // Authorisation before validation, as for yearly values.
    const area = typeof raw.areaCode === "string" ? getAreaByCode(raw.areaCode) : undefined;
    if (!area) throw new AppError("not_found", "area_not_found");
    if (!canWriteArea(user, area.id, "targets.write")) throw new AppError("forbidden", user.status === "active" ? "not_your_area" : "forbidden");
    const result = validateTarget(listIndicators(), raw);
    if (!result.ok) return { ok: false, message: result.formError ?? "fix_fields", fieldErrors: result.fieldErrors };
    saveTarget({ actor: user, ...result.target });
    revalidatePath(`/areas/${result.target.areaCode}`, "layout");
    revalidatePath("/");
    return { ok: true, message: "target_saved" };
  } catch (error) {
    return failure(error);
  }
}

export async function deleteTargetAction(_prev: TargetActionResult, formData: FormData): Promise<TargetActionResult> {
  if (!(formData instanceof FormData)) return { ok: false, message: "invalid_form" };
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthenticated", "unauthenticated");
    const parsed = deleteTargetSchema.safeParse({ areaCode: formData.get("areaCode"), indicatorKey: formData.get("indicatorKey") });
    if (!parsed.success) return { ok: false, message: "invalid_form" };
    deleteTarget({ actor: user, ...parsed.data });
    revalidatePath(`/areas/${parsed.data.areaCode}`, "layout");
    revalidatePath("/");
    return { ok: true, message: "target_removed" };
  } catch (error) {
    return failure(error);
  }
}
