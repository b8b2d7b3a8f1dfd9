"use server";

import { getLocale } from "next-intl/server";
import { registerOfficial } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { isLocale } from "@/lib/i18n/config";
import { registrationFromFormData, registrationSchema } from "@/lib/validations/registration";
import { failure, fieldErrorsOf, type ActionResult } from "./result";

export async function registerAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  // A public endpoint: a forged request can send anything in place of the form.
  if (!(formData instanceof FormData)) return { ok: false, message: "invalid_form" };
  const parsed = registrationSchema.safeParse(registrationFromFormData(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const input = parsed.data;
  const locale = await getLocale();
  try {
    registerOfficial({
      name: input.name,
      email: input.email,
      passwordHash: await hashPassword(input.password),
      locale: isLocale(locale) ? locale : "zh",
      ...(input.mode === "new"
        ? { newArea: { ...input.area } }
        : { claimAreaCode: input.claimAreaCode }),
    });
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}
