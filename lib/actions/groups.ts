"use server";

import { createSavedGroup } from "@/db/queries/compare";
import { saveGroupSchema } from "@/lib/validations/groups";
import { inputAction } from "./form-action";

/** Save a hand-picked peer group under a name, for use in links as `saved:<id>`. */
export const saveGroupAction = inputAction({ permission: "groups.save", schema: saveGroupSchema }, ({ input, user }) => ({
  data: createSavedGroup(user, { name: input.name, areaCodes: [...new Set(input.areaCodes)] }),
}));
