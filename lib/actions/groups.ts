"use server";

import { z } from "zod";
import { createSavedGroup } from "@/db/queries/compare";
import { AREA_CODE_PATTERN, MAX_CUSTOM_GROUP_SIZE } from "@/lib/domain/peer-groups";
import { inputAction } from "./form-action";

const saveGroupSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  areaCodes: z.array(z.string().regex(AREA_CODE_PATTERN)).min(1).max(MAX_CUSTOM_GROUP_SIZE),
});

/** Save a hand-picked peer group under a name, for use in links as `saved:<id>`. */
export const saveGroupAction = inputAction({ permission: "groups.save", schema: saveGroupSchema }, ({ input, user }) => ({
  data: createSavedGroup(user, { name: input.name, areaCodes: [...new Set(input.areaCodes)] }),
}));
