"use server";

import { getLocale } from "next-intl/server";
import { registerOfficial } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { isLocale } from "@/lib/i18n/config";
import { memberCityRows } from "@/lib/validations/areas";
import { registrationFromFormData, registrationSchema, type RegistrationInput } from "@/lib/validations/registration";
import { formAction } from "./form-action";

/** Sign-up of a new official, pending until an administrator approves the account (and a new area with it). */
export const registerAction = formAction({ permission: null, form: registrationFromFormData, schema: registrationSchema }, async ({ input }) => {
  const locale = await getLocale();
  registerOfficial({
    name: input.name,
    email: input.email,
    passwordHash: await hashPassword(input.password),
    locale: isLocale(locale) ? locale : "zh",
    ...(input.mode === "new" ? newArea(input.area) : { claimAreaCode: input.claimAreaCode }),
  });
});

function newArea({ memberCities, memberCitiesEn, ...area }: Extract<RegistrationInput, { mode: "new" }>["area"]) {
  return { newArea: area, newAreaCities: memberCityRows({ memberCities, memberCitiesEn }) };
}
