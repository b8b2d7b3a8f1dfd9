import "server-only";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";

/**
 * For a layout above a page's loading.tsx: what the page checks itself, done before the loading
 * skeleton streams, so that the answer is a real 307 (sign in first) or 404 (not for this role)
 * rather than a 200 carrying the sign-in redirect or the not-found text.
 */
export async function guardPage(permission: Permission, callbackPath: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (!can(user, permission)) notFound();
  return user;
}
