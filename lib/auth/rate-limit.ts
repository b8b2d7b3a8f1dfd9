import "server-only";
import { CLIENT_ADDRESS_HEADER, normalizeAddress, UNKNOWN_ADDRESS } from "@/lib/auth/client-address";
import { beginAttempt, pruneAttempts, settleSuccessfulAttempt, type AttemptPolicy } from "@/db/queries/login-attempts";

// Password guessing is slowed per account and per client address, and registration per client
// address. Attempts are counted in the database, so the limits hold across restarts; the policy is in
// docs/security.md ("Sign-in", "Registration").

const MINUTE = 60_000;

export const SIGN_IN_POLICY = {
  /** 5 failures for one email within 15 minutes lock that email for 15 minutes. */
  account: { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  /** 20 failures from one client address within 15 minutes lock that address for 15 minutes. */
  address: { maxFailures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
} as const satisfies Record<string, AttemptPolicy>;

/** 5 registrations (new or not) from one client address within an hour stop it registering for an hour. */
export const REGISTRATION_POLICY = { maxFailures: 5, windowMs: 60 * MINUTE, lockMs: 60 * MINUTE } as const satisfies AttemptPolicy;

/** Counted keys are forgotten once the longest window and lock of any policy are over. */
export const ATTEMPTS_KEPT_MS = Math.max(
  ...[...Object.values(SIGN_IN_POLICY), REGISTRATION_POLICY].map((p) => Math.max(p.windowMs, p.lockMs)),
);

export function accountKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

export function addressKey(address: string): string {
  return `ip:${address}`;
}

export function registrationKey(address: string): string {
  return `register:${address}`;
}

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * The client's address, as the server stamped it on the request when it arrived
 * (CLIENT_ADDRESS_HEADER; how it is found, and how TRUST_PROXY weighs X-Forwarded-For, is in
 * lib/auth/client-address.ts). Works with the headers of a route handler, a server action
 * (`await headers()`) or next-auth's `authorize`. Anything that is not an IP address, or a missing
 * stamp, counts as "unknown" (one shared bucket).
 */
export function clientAddress(headers: HeaderBag): string {
  const raw = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  return normalizeAddress(Array.isArray(raw) ? raw[0] : raw) ?? UNKNOWN_ADDRESS;
}

export type SignInAttempt = { email: string | null; address: string };

/**
 * Runs one sign-in attempt under the limits. `verify` (the password check) runs in every case, also
 * when the attempt is refused, so a locked account answers in the same time as a wrong password;
 * the caller shows the same neutral message for both.
 */
export async function throttledSignIn<T>(attempt: SignInAttempt, verify: () => Promise<T | null>, now: () => number = Date.now): Promise<T | null> {
  const started = now();
  pruneAttempts(started, ATTEMPTS_KEPT_MS);
  const address = { key: addressKey(attempt.address), policy: SIGN_IN_POLICY.address };
  const keys = attempt.email ? [{ key: accountKey(attempt.email), policy: SIGN_IN_POLICY.account }, address] : [address];
  const start = beginAttempt(keys, started);
  const result = await verify();
  if (!start.allowed || result === null) return null;
  if (attempt.email) settleSuccessfulAttempt(accountKey(attempt.email), address.key, address.policy);
  return result;
}
