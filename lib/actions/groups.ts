"use server";

import { z } from "zod";
import { createSavedGroup } from "@/db/queries/compare";
import { requirePermission } from "@/lib/auth/session";
import { AREA_CODE_PATTERN, MAX_CUSTOM_GROUP_SIZE } from "@/lib/domain/peer-groups";
import { failure, type ActionResult } from "./result";

const saveGroupSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  areaCodes: z.array(z.string().regex(AREA_CODE_PATTERN)).min(1).max(MAX_CUSTOM_GROUP_SIZE),
});

/** Save a hand-picked peer group under a name, for use in links as `saved:<id>`. */
export async function saveGroupAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  try {
    const user = await requirePermission("groups.save");
    const parsed = saveGroupSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: "invalid" };
    const codes = [...new Set(parsed.data.areaCodes)];
    return { ok: true, data: createSavedGroup(user, { name: parsed.data.name, areaCodes: codes }) };
  } catch (error) {
    return failure(error);
  }
}
