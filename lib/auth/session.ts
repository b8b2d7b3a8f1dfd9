import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import { getActorById } from "@/db/queries/users";
import { authOptions } from "@/lib/auth/options";
import { hasSessionCookie } from "@/lib/auth/session-cookie";

/** The signed-in user, read fresh from the database (null when signed out or the account is gone). */
export const getCurrentUser = cache(async () => {
  // Without a session cookie there is no session to read: next-auth would still make a CSRF token
  // (random bytes and a hash) to answer null, on every anonymous page and API request.
  if (!hasSessionCookie((await cookies()).getAll().map((c) => c.name))) return null;
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (typeof id !== "number") return null;
  return getActorById(id) ?? null;
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
