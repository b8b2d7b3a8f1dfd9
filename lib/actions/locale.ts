"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { setUserLocale } from "@/db/queries/users";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/config";
import { inputAction } from "./form-action";

/** Remember the language: in a cookie for everyone, and on the account when signed in. */
export const setLocale = inputAction({ permission: null, schema: z.enum(locales) }, async ({ input, user }) => {
  (await cookies()).set(LOCALE_COOKIE, input, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: false });
  if (user) setUserLocale(user.id, input);
});
