import "server-only";
import { randomBytes } from "node:crypto";
import { and, count, eq, gt, inArray, lt, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, userSessions } from "@/db/schema";
import { SESSION_ABSOLUTE_MS } from "@/lib/auth/session-policy";

// The signed-in sessions, one row each (db/schema.ts, userSessions). A session token is valid while
// its row exists, is younger than the absolute lifetime, and its account may sign in.

/** The statuses whose accounts may be signed in (a pending account signs in to read). */
const MAY_SIGN_IN = ["active", "pending"] as const;

/** A new session of this user, started now; sessions that have run out are swept away at the same time. */
export function createSession(userId: number, now: number): string {
  const id = randomBytes(16).toString("base64url");
  const db = getDb();
  db.transaction((tx) => {
    tx.delete(userSessions).where(lt(userSessions.createdAt, new Date(now - SESSION_ABSOLUTE_MS))).run();
    tx.insert(userSessions).values({ id, userId, createdAt: new Date(now) }).run();
  });
  return id;
}

/** Whether this session of this user is still valid at `now`. */
export function isSessionLive(sessionId: string, userId: number, now: number): boolean {
  const row = getDb()
    .select({ id: userSessions.id })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, sessionId),
        eq(userSessions.userId, userId),
        gt(userSessions.createdAt, new Date(now - SESSION_ABSOLUTE_MS)),
        inArray(users.status, [...MAY_SIGN_IN]),
      ),
    )
    .get();
  return row !== undefined;
}

/** Sign-out: this session ends; the user's others go on. */
export function endSession(sessionId: string): void {
  getDb().delete(userSessions).where(eq(userSessions.id, sessionId)).run();
}

/** How many sessions each user has that have not run out (the accounts page). */
export function countLiveSessions(now: number): Map<number, number> {
  const rows = getDb()
    .select({ userId: userSessions.userId, n: count() })
    .from(userSessions)
    .where(gt(userSessions.createdAt, new Date(now - SESSION_ABSOLUTE_MS)))
    .groupBy(userSessions.userId)
    .all();
  return new Map(rows.map((r) => [r.userId, r.n]));
}

/** Every session of the user but `keep` (null: all of them), inside the caller's transaction or not. */
export function endSessionsOf(userId: number, keep: string | null, db: Pick<ReturnType<typeof getDb>, "delete"> = getDb()): number {
  return db
    .delete(userSessions)
    .where(keep === null ? eq(userSessions.userId, userId) : and(eq(userSessions.userId, userId), ne(userSessions.id, keep)))
    .run().changes;
}
