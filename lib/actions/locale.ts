"use server";

import { cookies } from "next/headers";
import { setUserLocale } from "@/db/queries/users";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";

/** Remember the language: in a cookie for everyone, and on the account when signed in. */
export async function setLocale(locale: string) {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: false });
  const user = await getCurrentUser();
  if (user) setUserLocale(user.id, locale);
}
