"use server";

import { createSavedGroup } from "@/db/queries/compare";
import { requirePermission } from "@/lib/auth/session";
import { saveGroupSchema } from "@/lib/validations/groups";
import { CONTROL_CHARACTERS_ERROR } from "@/lib/validations/text";
import { failure, type ActionResult } from "./result";

/** Save a hand-picked peer group under a name, for use in links as `saved:<id>`. */
export async function saveGroupAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  try {
    const user = await requirePermission("groups.save");
    const parsed = saveGroupSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, message: parsed.error.issues.some((i) => i.message === CONTROL_CHARACTERS_ERROR) ? CONTROL_CHARACTERS_ERROR : "invalid" };
    }
    const codes = [...new Set(parsed.data.areaCodes)];
    return { ok: true, data: createSavedGroup(user, { name: parsed.data.name, areaCodes: codes }) };
  } catch (error) {
    return failure(error);
  }
}
