"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { registerOfficial } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { withStrongPassword } from "@/lib/auth/password-strength";
import { clientAddress, REGISTRATION_POLICY, registrationKey } from "@/lib/auth/rate-limit";
import { isLocale } from "@/lib/i18n/config";
import { romanisedAreaName } from "@/lib/domain/area-code";
import { memberCityRows } from "@/lib/validations/areas";
import { registrationFromFormData, registrationSchema, type RegistrationInput } from "@/lib/validations/registration";
import { formAction } from "./form-action";

/**
 * Sign-up of a new official, pending until an administrator approves the account (and a new area
 * with it). An email that already has an account is answered exactly as a new one (see
 * registerOfficial): same message, and the same work, since the password is checked and hashed first.
 */
export const registerAction = formAction(
  {
    permission: null,
    form: registrationFromFormData,
    schema: withStrongPassword(registrationSchema, (input) => ({ password: input.password, personal: [input.email, input.name] })),
  },
  async ({ input }) => {
    const [locale, passwordHash, requestHeaders] = await Promise.all([getLocale(), hashPassword(input.password), headers()]);
    registerOfficial({
      name: input.name,
      email: input.email,
      passwordHash,
      locale: isLocale(locale) ? locale : "zh",
      throttle: { key: registrationKey(clientAddress(requestHeaders)), policy: REGISTRATION_POLICY, now: Date.now() },
      ...(input.mode === "new" ? newArea(input.area) : { claimAreaCode: input.claimAreaCode }),
    });
  },
);

function newArea({ memberCities, memberCitiesEn, ...area }: Extract<RegistrationInput, { mode: "new" }>["area"]) {
  return { newArea: { ...area, nameEn: area.nameEn || romanisedAreaName(area.nameZh) }, newAreaCities: memberCityRows({ memberCities, memberCitiesEn }) };
}
