import { z } from "zod";
import { AREA_CODE_PATTERN, MAX_CUSTOM_GROUP_SIZE } from "@/lib/domain/peer-groups";
import { freeText } from "./text";

/** A hand-picked peer group saved under a name (the compare page's "save group"). */
export const saveGroupSchema = z.strictObject({
  name: freeText().trim().min(1).max(80),
  areaCodes: z.array(z.string().regex(AREA_CODE_PATTERN)).min(1).max(MAX_CUSTOM_GROUP_SIZE),
});
