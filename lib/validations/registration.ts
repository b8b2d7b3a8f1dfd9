import { z } from "zod";
import { areaSchema } from "./areas";
import { newUserSchema } from "./auth";
import { freeText } from "./text";

/** Sign-up of a new official: either claim an existing area or register a new one. */
export const registrationSchema = z.discriminatedUnion("mode", [
  newUserSchema.extend({ mode: z.literal("claim"), claimAreaCode: freeText().min(1, { error: "required" }).max(64) }),
  newUserSchema.extend({ mode: z.literal("new"), area: areaSchema }),
]);

export type RegistrationInput = z.output<typeof registrationSchema>;

const AREA_FIELDS = Object.keys(areaSchema.shape);

/** Form fields → the shape the schema expects (area fields are prefixed `area.`). */
export function registrationFromFormData(fd: FormData): unknown {
  const get = (name: string) => (typeof fd.get(name) === "string" ? (fd.get(name) as string) : undefined);
  const base = { mode: get("mode"), name: get("name"), email: get("email"), password: get("password") };
  if (base.mode === "new") {
    return { ...base, area: Object.fromEntries(AREA_FIELDS.map((f) => [f, get(`area.${f}`) ?? ""])) };
  }
  return { ...base, claimAreaCode: get("claimAreaCode") };
}
