import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import { getActorById } from "@/db/queries/users";
import { authOptions } from "@/lib/auth/options";
import { hasSessionCookie } from "@/lib/auth/session-cookie";

/**
 * The signed-in user, read fresh from the database (null when signed out or the account is gone),
 * with the id of their session. A session that has ended (signed out, ended by a password change or
 * a deactivation, past its absolute lifetime) is refused by the jwt callback in options.ts, so
 * next-auth answers it as no session.
 */
export const getCurrentUser = cache(async () => {
  // Without a session cookie there is no session to read: next-auth would still make a CSRF token
  // (random bytes and a hash) to answer null, on every anonymous page and API request.
  if (!hasSessionCookie((await cookies()).getAll().map((c) => c.name))) return null;
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (typeof id !== "number") return null;
  const actor = getActorById(id);
  return actor ? { ...actor, sessionId: session?.sid ?? null } : null;
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
