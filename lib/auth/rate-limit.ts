import "server-only";
import { isIP } from "node:net";
import { beginAttempt, pruneAttempts, settleSuccessfulAttempt, type AttemptPolicy } from "@/db/queries/login-attempts";

// Password guessing is slowed per account and per client address. Failures are counted in the
// database, so the limits hold across restarts; the policy is in the README ("Security").

const MINUTE = 60_000;

export const SIGN_IN_POLICY = {
  /** 5 failures for one email within 15 minutes lock that email for 15 minutes. */
  account: { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  /** 20 failures from one client address within 15 minutes lock that address for 15 minutes. */
  address: { maxFailures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
} as const satisfies Record<string, AttemptPolicy>;

export function accountKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

export function addressKey(address: string): string {
  return `ip:${address}`;
}

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * The client's address: the first hop of X-Forwarded-For. `next start` sets that header to the
 * socket's address when the request does not carry one; behind a reverse proxy, the proxy must
 * set it (overwrite, not append) so that a client cannot choose its own. Anything that is not an
 * IP address counts as "unknown" (one shared bucket).
 */
export function clientAddress(headers: HeaderBag): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const first = (value ?? "").split(",")[0]!.trim();
  const address = first.startsWith("::ffff:") && isIP(first.slice(7)) === 4 ? first.slice(7) : first;
  return isIP(address) ? address.toLowerCase() : "unknown";
}

export type SignInAttempt = { email: string | null; address: string };

/**
 * Runs one sign-in attempt under the limits. `verify` (the password check) runs in every case, also
 * when the attempt is refused, so a locked account answers in the same time as a wrong password;
 * the caller shows the same neutral message for both.
 */
export async function throttledSignIn<T>(attempt: SignInAttempt, verify: () => Promise<T | null>, now: () => number = Date.now): Promise<T | null> {
  const started = now();
  pruneAttempts(started, Math.max(SIGN_IN_POLICY.account.windowMs, SIGN_IN_POLICY.address.windowMs));
  const address = { key: addressKey(attempt.address), policy: SIGN_IN_POLICY.address };
  const keys = attempt.email ? [{ key: accountKey(attempt.email), policy: SIGN_IN_POLICY.account }, address] : [address];
  const start = beginAttempt(keys, started);
  const result = await verify();
  if (!start.allowed || result === null) return null;
  if (attempt.email) settleSuccessfulAttempt(accountKey(attempt.email), address.key, address.policy);
  return result;
}
