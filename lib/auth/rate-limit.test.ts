import fs from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// The limiter counts in the database named by DATABASE_PATH: a temporary file, set before the imports load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-rate-limit-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { getDb } from "@/db/client";
import { getAttempts } from "@/db/queries/login-attempts";
import { loginAttempts } from "@/db/schema";
import { authOptions } from "@/lib/auth/options";
import { prepareDatabase } from "@/scripts/prepare-db";
import { accountKey, addressKey, ATTEMPTS_KEPT_MS, clientAddress, registrationKey, SIGN_IN_POLICY, throttledSignIn } from "./rate-limit";

const MINUTE = 60_000;
const T0 = Date.UTC(2025, 5, 1, 9, 0, 0);

/** A hand-set clock: every attempt reads `clock.now`. */
const clock = { now: T0 };
const at = () => clock.now;

/** One attempt whose password check answers `right`; counts how often the check ran. */
let checks = 0;
function attempt(email: string | null, right: boolean, address = "198.51.100.1") {
  return throttledSignIn(
    { email, address },
    async () => {
      checks++;
      return right ? { id: email } : null;
    },
    at,
  );
}

async function fail(times: number, email: string | null, address?: string) {
  for (let i = 0; i < times; i++) expect(await attempt(email, false, address)).toBeNull();
}

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

beforeEach(() => {
  getDb().delete(loginAttempts).run();
  clock.now = T0;
  checks = 0;
});

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("per account", () => {
  it("locks an email for 15 minutes after 5 failures; the right password is refused meanwhile but still checked", async () => {
    await fail(5, "a@example.cn");
    expect(getAttempts(accountKey("a@example.cn"))).toEqual({ failures: 5, lockedUntil: T0 + 15 * MINUTE });
    clock.now = T0 + 14 * MINUTE;
    expect(await attempt("a@example.cn", true)).toBeNull();
    // The password hash ran for the refused attempt too: a lock takes as long as a wrong password.
    expect(checks).toBe(6);
    // Refused attempts do not extend the lock.
    expect(getAttempts(accountKey("a@example.cn"))?.lockedUntil).toBe(T0 + 15 * MINUTE);
    clock.now = T0 + 15 * MINUTE;
    expect(await attempt("a@example.cn", true)).toEqual({ id: "a@example.cn" });
  });

  it("the fifth attempt is still checked: right then, it signs in", async () => {
    await fail(4, "b@example.cn");
    expect(await attempt("b@example.cn", true)).toEqual({ id: "b@example.cn" });
  });

  it("a success starts the account's count over", async () => {
    await fail(4, "c@example.cn");
    expect(await attempt("c@example.cn", true)).not.toBeNull();
    expect(getAttempts(accountKey("c@example.cn"))).toBeUndefined();
    await fail(4, "c@example.cn");
    expect(await attempt("c@example.cn", true)).not.toBeNull();
  });

  it("failures older than the 15-minute window do not add up", async () => {
    await fail(4, "d@example.cn");
    clock.now = T0 + 15 * MINUTE;
    await fail(4, "d@example.cn");
    expect(getAttempts(accountKey("d@example.cn"))).toEqual({ failures: 4, lockedUntil: null });
    expect(await attempt("d@example.cn", true)).not.toBeNull();
  });

  it("counts unknown emails the same way, so a lock says nothing about whether an account exists", async () => {
    await fail(5, "nobody@example.cn");
    // Once locked, further guesses are not counted against the address either.
    await fail(3, "nobody@example.cn");
    expect(getAttempts(addressKey("198.51.100.1"))?.failures).toBe(5);
    expect(getAttempts(accountKey("nobody@example.cn"))?.lockedUntil).toBe(T0 + 15 * MINUTE);
  });

  it("keys the account by its email in lower case", () => {
    expect(accountKey(" Official.Zigong@Demo.Local ")).toBe("email:official.zigong@demo.local");
  });

  it("a burst of parallel guesses gets no more than the limit checked in time to count", async () => {
    // Ten guesses that all arrive before the first password check finishes: only five may be decided.
    const results = await Promise.all(Array.from({ length: 10 }, () => attempt("e@example.cn", true)));
    expect(results.filter((r) => r !== null)).toHaveLength(SIGN_IN_POLICY.account.maxFailures);
  });
});

describe("per client address", () => {
  it("locks an address after 20 failures across accounts; other accounts from it are refused, other addresses are not", async () => {
    for (let i = 0; i < 19; i++) await fail(1, `spray${i}@example.cn`, "203.0.113.9");
    // Below the limit another account from the same address still signs in.
    expect(await attempt("good@example.cn", true, "203.0.113.9")).not.toBeNull();
    await fail(1, "spray19@example.cn", "203.0.113.9");
    expect(getAttempts(addressKey("203.0.113.9"))).toEqual({ failures: 20, lockedUntil: T0 + 15 * MINUTE });
    expect(await attempt("good@example.cn", true, "203.0.113.9")).toBeNull();
    expect(await attempt("good@example.cn", true, "203.0.113.10")).not.toBeNull();
    clock.now = T0 + 15 * MINUTE;
    expect(await attempt("good@example.cn", true, "203.0.113.9")).not.toBeNull();
  });

  it("a success does not wash out the address's other failures", async () => {
    for (const email of ["x1@example.cn", "x2@example.cn"]) await fail(4, email, "203.0.113.20");
    clock.now += MINUTE;
    expect(await attempt("y@example.cn", true, "203.0.113.20")).not.toBeNull();
    expect(getAttempts(addressKey("203.0.113.20"))?.failures).toBe(8);
  });

  it("malformed sign-ins (no valid email) count against the address", async () => {
    await fail(20, null, "203.0.113.30");
    expect(await attempt("z@example.cn", true, "203.0.113.30")).toBeNull();
  });

  it("forgets keys once the longest window of any limit (registration's hour) is over, not before", async () => {
    expect(ATTEMPTS_KEPT_MS).toBe(60 * MINUTE);
    await fail(1, "old@example.cn", "203.0.113.40");
    getDb().insert(loginAttempts).values({ key: registrationKey("203.0.113.42"), failures: 1, firstFailureAt: new Date(T0), lockedUntil: null }).run();
    // A sign-in 16 minutes later: past the sign-in window, within the registration's hour.
    clock.now = T0 + 16 * MINUTE;
    await fail(1, "mid@example.cn", "203.0.113.41");
    expect(getAttempts(registrationKey("203.0.113.42"))?.failures).toBe(1);
    clock.now = T0 + 61 * MINUTE;
    await fail(1, "new@example.cn", "203.0.113.41");
    expect(getAttempts(accountKey("old@example.cn"))).toBeUndefined();
    expect(getAttempts(addressKey("203.0.113.40"))).toBeUndefined();
    expect(getAttempts(registrationKey("203.0.113.42"))).toBeUndefined();
    expect(getAttempts(accountKey("new@example.cn"))?.failures).toBe(1);
  });
});

describe("the client address", () => {
  it("is the address the server stamped on the request, never X-Forwarded-For", () => {
    expect(clientAddress({ "x-client-address": "203.0.113.5" })).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-client-address": " 2001:DB8::1 " }))).toBe("2001:db8::1");
    expect(clientAddress({ "x-client-address": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientAddress({ "x-client-address": ["198.51.100.7", "10.0.0.1"] })).toBe("198.51.100.7");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.5" })).toBe("unknown");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.5", "x-client-address": "127.0.0.1" }))).toBe("127.0.0.1");
  });

  it("is one shared 'unknown' bucket when missing or not an address", () => {
    expect(clientAddress(undefined)).toBe("unknown");
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress({ "x-client-address": "<script>" })).toBe("unknown");
    expect(clientAddress({ "x-client-address": "x".repeat(10_000) })).toBe("unknown");
  });
});

describe("next-auth's authorize, with the demo accounts", () => {
  type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
  const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
  const req = (ip: string) => ({ headers: { "x-client-address": ip } });

  it("locks an account after 5 wrong passwords, then refuses the right one with the same null answer", async () => {
    const email = "official.tongling@demo.local";
    expect(await authorize({ email, password: "demo-password" }, req("192.0.2.1"))).toMatchObject({ email });
    for (let i = 0; i < 5; i++) expect(await authorize({ email, password: "wrong-password" }, req("192.0.2.1"))).toBeNull();
    expect(await authorize({ email, password: "demo-password" }, req("192.0.2.2"))).toBeNull();
    // Another account from the same address is not affected by this account's lock.
    expect(await authorize({ email: "official.zigong@demo.local", password: "demo-password" }, req("192.0.2.1"))).not.toBeNull();
  });

  it("counts the email case-insensitively", async () => {
    for (let i = 0; i < 5; i++) await authorize({ email: "Official.Huangshi@demo.local", password: "nope-nope" }, req("192.0.2.3"));
    expect(await authorize({ email: "official.huangshi@demo.local", password: "demo-password" }, req("192.0.2.4"))).toBeNull();
  });
});
