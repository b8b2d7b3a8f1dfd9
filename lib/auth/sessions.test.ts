import fs from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Sessions that end: sign-out, a password change elsewhere, deactivation, and the absolute lifetime.
// next-auth's own callbacks (options.ts) run against a temporary database, as next-auth calls them:
// `jwt` with the user at sign-in, then with the token on every use (each request and each
// /api/auth/session renewal); `events.signOut` with the token at sign-out.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-sessions-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import Database from "better-sqlite3";
import type { JWT } from "next-auth/jwt";
import { changeOwnPassword, setAccountStatus } from "@/db/queries/users";
import { prepareDatabase } from "@/scripts/prepare-db";
import { authOptions } from "./options";
import { hashPassword } from "./password";
import type { Actor } from "./permissions";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_SECONDS } from "./session-policy";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.UTC(2026, 2, 2, 8, 0, 0);
const OFFICIAL = "official.zibo@demo.local";

let sqlite: Database.Database;
const idOf = (email: string) => (sqlite.prepare("select id from users where email = ?").get(email) as { id: number }).id;

type Jwt = (params: { token: JWT; user?: { id: string } }) => Promise<JWT> | JWT;
const jwt = authOptions.callbacks!.jwt as unknown as Jwt;

/** What next-auth does at sign-in: the jwt callback with the user. */
async function signIn(email: string): Promise<JWT> {
  return jwt({ token: {} as JWT, user: { id: String(idOf(email)) } });
}

/** What next-auth does on each use of the session: the jwt callback with the token; false when it refuses it. */
async function use(token: JWT): Promise<boolean> {
  try {
    const renewed = await jwt({ token });
    // A renewal carries the same session and sign-in time: it cannot stretch the absolute lifetime.
    expect(renewed).toMatchObject({ uid: token.uid, sid: token.sid, authTime: token.authTime });
    return true;
  } catch (error) {
    expect((error as Error).name).toBe("SessionEnded");
    return false;
  }
}

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
let address = 0;
const signInWithPassword = (email: string, password: string) => authorize({ email, password }, { headers: { "x-client-address": `198.51.100.${++address}` } });

const admin = (): Actor => ({ id: idOf("admin@demo.local"), role: "admin", status: "active", areaId: null });

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  sqlite = new Database(file);
}, 60_000);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(T0);
});

afterAll(() => {
  vi.useRealTimers();
  sqlite.close();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("the lifetime of a session", () => {
  it("is renewed by each use for 8 hours of idleness, and ends 7 days after sign-in however often it is used", async () => {
    expect(authOptions.session?.maxAge).toBe(SESSION_IDLE_SECONDS);
    expect(SESSION_IDLE_SECONDS).toBe(8 * 60 * 60);
    expect(SESSION_ABSOLUTE_MS).toBe(7 * DAY);
    const token = await signIn(OFFICIAL);
    expect(token).toMatchObject({ uid: idOf(OFFICIAL), authTime: T0 });
    expect(typeof token.sid).toBe("string");
    // Used every 6 hours for a week: each use renews it…
    for (let t = T0; t < T0 + 7 * DAY - 6 * 60 * MINUTE; t += 6 * 60 * MINUTE) {
      vi.setSystemTime(t);
      expect(await use(token), new Date(t).toISOString()).toBe(true);
    }
    vi.setSystemTime(T0 + 7 * DAY - MINUTE);
    expect(await use(token)).toBe(true);
    // …until 7 days after the password was checked.
    vi.setSystemTime(T0 + 7 * DAY);
    expect(await use(token)).toBe(false);
  });

  it("a token without a session row (issued before sessions had rows, or forged) is refused", async () => {
    const token = await signIn(OFFICIAL);
    expect(await use({ ...token, sid: "no-such-session" })).toBe(false);
    expect(await use({ uid: token.uid } as JWT)).toBe(false);
    // Another user's id with this session: refused too.
    expect(await use({ ...token, uid: idOf("admin@demo.local") })).toBe(false);
  });
});

describe("sign-out", () => {
  it("ends that session on the server: a copy of its token no longer works; the user's other sessions go on", async () => {
    const laptop = await signIn(OFFICIAL);
    const phone = await signIn(OFFICIAL);
    await authOptions.events!.signOut!({ token: laptop, session: null as never });
    expect(await use(laptop)).toBe(false);
    expect(await use(phone)).toBe(true);
  });
});

describe("a password change", () => {
  it("ends every other session of the account; the one that changed it goes on", async () => {
    const here = await signIn(OFFICIAL);
    const elsewhere = [await signIn(OFFICIAL), await signIn(OFFICIAL)];
    const other = await signIn("official.changzhi@demo.local");
    const { endedSessions } = changeOwnPassword({ userId: idOf(OFFICIAL), passwordHash: await hashPassword("quiet-lantern-river-57"), keepSessionId: here.sid });
    expect(endedSessions).toBeGreaterThanOrEqual(2);
    expect(await use(here)).toBe(true);
    for (const token of elsewhere) expect(await use(token)).toBe(false);
    expect(await use(other)).toBe(true);
    expect(await signInWithPassword(OFFICIAL, "quiet-lantern-river-57")).not.toBeNull();
    expect(await signInWithPassword(OFFICIAL, "demo-password")).toBeNull();
  });
});

describe("deactivation", () => {
  const TARGET = "official.shaoguan@demo.local";

  it("ends every session at once and refuses sign-in like a wrong password; reactivation allows sign-in again", async () => {
    const sessions = [await signIn(TARGET), await signIn(TARGET)];
    expect(await signInWithPassword(TARGET, "demo-password")).not.toBeNull();
    const { endedSessions } = setAccountStatus(admin(), { userId: idOf(TARGET), change: "deactivate", reason: "left the office" });
    expect(endedSessions).toBeGreaterThanOrEqual(2);
    for (const token of sessions) expect(await use(token)).toBe(false);
    expect(await signInWithPassword(TARGET, "demo-password")).toBeNull();
    const audit = sqlite.prepare("select old_value as old, new_value as new, reason from audit_log where entity_key = ? order by id desc limit 1").get(`user:${idOf(TARGET)}`);
    expect(audit).toEqual({ old: '{"status":"active"}', new: '{"status":"deactivated"}', reason: "left the office" });

    setAccountStatus(admin(), { userId: idOf(TARGET), change: "reactivate", reason: "back" });
    expect(await signInWithPassword(TARGET, "demo-password")).not.toBeNull();
    // The sessions ended by the deactivation stay ended.
    for (const token of sessions) expect(await use(token)).toBe(false);
    expect(await use(await signIn(TARGET))).toBe(true);
  });

  it("is refused for one's own account, twice in a row, and for an account that is not deactivated (reactivate)", () => {
    expect(() => setAccountStatus(admin(), { userId: admin().id, change: "deactivate", reason: "x" })).toThrow("cannot_deactivate_self");
    const id = idOf("official.liupanshui@demo.local");
    setAccountStatus(admin(), { userId: id, change: "deactivate", reason: "x" });
    expect(() => setAccountStatus(admin(), { userId: id, change: "deactivate", reason: "x" })).toThrow("account_state_changed");
    expect(() => setAccountStatus(admin(), { userId: idOf("official.dalian@demo.local"), change: "reactivate", reason: "x" })).toThrow("account_state_changed");
    const evaluator: Actor = { id: idOf("evaluator@demo.local"), role: "evaluator", status: "active", areaId: null };
    expect(() => setAccountStatus(evaluator, { userId: id, change: "reactivate", reason: "x" })).toThrow("forbidden");
  });

  it("a rejected account's sessions end too (its status is checked on every use)", async () => {
    const token = await signIn("official.tangshan@demo.local");
    sqlite.prepare("update users set status = 'rejected' where email = ?").run("official.tangshan@demo.local");
    expect(await use(token)).toBe(false);
    sqlite.prepare("update users set status = 'active' where email = ?").run("official.tangshan@demo.local");
  });
});
