import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { loginAttempts } from "@/db/schema";
import type { Tx } from "./audit-write";

/** How many failures within `windowMs` lock a key, and for how long. */
export type AttemptPolicy = { maxFailures: number; windowMs: number; lockMs: number };

export type AttemptStart = { allowed: true } | { allowed: false; lockedUntil: number };

/**
 * Counts one sign-in attempt against each key before its password is checked, in one transaction.
 * The attempt is refused when any key is locked; otherwise it counts as a failure until
 * `settleSuccessfulAttempt` says otherwise. Counting up front means a burst of parallel guesses
 * cannot all pass the check while the slow password hashes run: the counter includes attempts in flight.
 * A refused attempt is not counted, so a lock ends on time even under continued guessing.
 */
export function beginAttempt(keys: { key: string; policy: AttemptPolicy }[], now: number): AttemptStart {
  return getDb().transaction((tx) => beginAttemptIn(tx, keys, now));
}

/** beginAttempt inside the caller's transaction, so that a write can be counted with the write itself (registration). */
export function beginAttemptIn(tx: Tx, keys: { key: string; policy: AttemptPolicy }[], now: number): AttemptStart {
  const current = keys.map(({ key, policy }) => ({ key, policy, row: tx.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get() }));
  const lockedUntil = Math.max(0, ...current.map(({ row }) => row?.lockedUntil?.getTime() ?? 0));
  if (lockedUntil > now) return { allowed: false, lockedUntil };

  for (const { key, policy, row } of current) {
    // A lock that has run out, or a window that has passed, starts the count again.
    const fresh = !row || row.lockedUntil !== null || now - row.firstFailureAt.getTime() >= policy.windowMs;
    const failures = fresh ? 1 : row.failures + 1;
    const next = {
      failures,
      firstFailureAt: fresh ? new Date(now) : row.firstFailureAt,
      lockedUntil: failures >= policy.maxFailures ? new Date(now + policy.lockMs) : null,
    };
    tx.insert(loginAttempts).values({ key, ...next }).onConflictDoUpdate({ target: loginAttempts.key, set: next }).run();
  }
  return { allowed: true };
}

/**
 * The password was right: the account's count starts over; the address's provisional failure is
 * taken back (its other failures stay, so one good account cannot wash out guesses at others).
 */
export function settleSuccessfulAttempt(accountKey: string, addressKey: string | null, addressPolicy: AttemptPolicy | null) {
  const db = getDb();
  db.transaction((tx) => {
    tx.delete(loginAttempts).where(eq(loginAttempts.key, accountKey)).run();
    if (!addressKey || !addressPolicy) return;
    const row = tx.select().from(loginAttempts).where(eq(loginAttempts.key, addressKey)).get();
    if (!row) return;
    const failures = Math.max(0, row.failures - 1);
    tx.update(loginAttempts)
      .set({ failures, lockedUntil: failures >= addressPolicy.maxFailures ? row.lockedUntil : null })
      .where(eq(loginAttempts.key, addressKey))
      .run();
  });
}

/** Forget keys whose window and lock are both over (called now and then, so the table stays small). */
export function pruneAttempts(now: number, windowMs: number): number {
  return getDb()
    .delete(loginAttempts)
    .where(
      and(
        lt(loginAttempts.firstFailureAt, new Date(now - windowMs)),
        or(isNull(loginAttempts.lockedUntil), lt(loginAttempts.lockedUntil, new Date(now))),
      ),
    )
    .run().changes;
}

/** The stored count and lock of one key (the tests read it). */
export function getAttempts(key: string) {
  return getDb()
    .select({ failures: loginAttempts.failures, lockedUntil: sql<number | null>`${loginAttempts.lockedUntil}` })
    .from(loginAttempts)
    .where(eq(loginAttempts.key, key))
    .get();
}
