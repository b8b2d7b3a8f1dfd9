import fs from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Sign-up as a stranger sees it: a weak password is refused with the reason, an email that already
// has an account gets exactly the answer of a new registration (and nothing is created), and one
// client address can register only so often. The action runs for real against a temporary database;
// only Next's request-bound helpers are replaced (the request's headers carry the client address).

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-register-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next-auth", () => ({ getServerSession: async () => null }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => [], get: () => undefined, has: () => false, set: vi.fn(), delete: vi.fn() }),
  headers: async () => request.headers,
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh" }));
// The real hash, counted: a duplicate must cost the same work as a new account.
const hashing = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    hashPassword: (plain: string) => {
      hashing(plain);
      return real.hashPassword(plain);
    },
  };
});

import Database from "better-sqlite3";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { REGISTRATION_POLICY } from "@/lib/auth/rate-limit";
import { fingerprint, form } from "@/lib/testing/action-harness";
import { prepareDatabase } from "@/scripts/prepare-db";
import { registerAction } from "./register";

const HOUR = 60 * 60_000;
let sqlite: Database.Database;
let serial = 0;
let address = 0;

/** Each test registers from an address of its own, so that the per-address limit is the test's alone. */
function fromNewAddress(): string {
  const ip = `198.51.100.${++address}`;
  request.headers = new Headers({ [CLIENT_ADDRESS_HEADER]: ip });
  return ip;
}

function registration(fields: Record<string, string> = {}) {
  return form({ mode: "claim", name: "新联络员", email: `registrant${++serial}@example.cn`, password: "a-long-enough-password", claimAreaCode: "zigong", ...fields });
}

const register = (fields: Record<string, string> = {}) => registerAction({ ok: false }, registration(fields));
const userCount = () => (sqlite.prepare("select count(*) as n from users").get() as { n: number }).n;

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  sqlite = new Database(file);
}, 60_000);

beforeEach(() => {
  fromNewAddress();
  vi.useRealTimers();
});

afterAll(() => {
  sqlite.close();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("the new password", () => {
  it("is refused when easily guessed, with zxcvbn's reason as codes the UI translates, and nothing is created", async () => {
    const before = fingerprint(sqlite);
    // "demo-password" scores 2; "woaini1314" is a common Chinese password that the English dictionaries miss.
    for (const password of ["demo-password", "woaini1314", "password1234", "qwertyuiop123"]) {
      const result = await register({ password });
      expect(result, password).toMatchObject({ ok: false, message: "fix_fields" });
      expect(result.fieldErrors?.password?.[0], password).toBe("password_weak");
      expect(Object.keys(result.fieldErrors ?? {}), password).toEqual(["password"]);
    }
    expect((await register({ password: "password1234" })).fieldErrors?.password).toEqual(["password_weak", "warning:similarToCommon", "suggestion:anotherWord"]);
    expect(fingerprint(sqlite)).toEqual(before);
  });

  it("may not lean on the account's own email", async () => {
    const result = await register({ email: "zhangsanfeng1984@example.cn", password: "zhangsanfeng1984!" });
    expect(result.fieldErrors?.password).toContain("warning:userInputs");
    expect((await register({ email: "lisi@example.cn", password: "zhangsanfeng1984!" })).ok).toBe(true);
  });

  it("is refused over 72 bytes, which bcrypt would cut off; 72 bytes are accepted", async () => {
    // 24 Chinese characters are 72 bytes in UTF-8; 25 are 75.
    const chars = "产业转型升级示范区监测平台数据填报年度评估总结";
    expect(chars + "表").toHaveLength(24);
    expect((await register({ password: chars + "表" })).ok).toBe(true);
    const longer = await register({ password: chars + "表格" });
    expect(longer).toMatchObject({ ok: false, fieldErrors: { password: ["password_too_long_bytes"] } });
    // 73 ASCII characters: one byte too many.
    expect((await register({ password: "Correct-Horse-Battery-Staple-".repeat(3).slice(0, 73) })).fieldErrors?.password).toEqual(["password_too_long_bytes"]);
    expect((await register({ password: "Correct-Horse-Battery-Staple-".repeat(3).slice(0, 72) })).ok).toBe(true);
  });

  it("too short: only the length is said", async () => {
    expect((await register({ password: "short1" })).fieldErrors).toEqual({ password: ["password_too_short"] });
  });
});

describe("an email that already has an account", () => {
  it("gets exactly the answer of a new registration, and nothing is created or changed", async () => {
    const fresh = await register();
    const before = fingerprint(sqlite);
    fromNewAddress();
    const duplicate = await register({ email: "admin@demo.local" });
    expect(duplicate).toEqual(fresh);
    expect(duplicate).toEqual({ ok: true });
    // Not the admin's password either: the stored account is untouched.
    const after = fingerprint(sqlite);
    expect(after.users).toEqual(before.users);
    expect(after.areas).toEqual(before.areas);
    expect(after.audit_log).toEqual(before.audit_log);
  });

  it("with a new area: neither the area nor the account is created", async () => {
    const areas = (sqlite.prepare("select count(*) as n from areas").get() as { n: number }).n;
    const users = userCount();
    const result = await registerAction(
      { ok: false },
      form({
        mode: "new",
        name: "X",
        email: "official.zigong@demo.local",
        password: "a-long-enough-password",
        "area.code": "never-created",
        "area.nameZh": "不应创建",
        "area.nameEn": "Never created",
        "area.level": "city",
        "area.wave": "other",
        "area.yearDesignated": "2024",
        "area.province": "Sichuan",
        "area.memberCities": "",
        "area.type": "old-industrial",
        "area.resourceType": "none",
      }),
    );
    expect(result).toEqual({ ok: true });
    expect((sqlite.prepare("select count(*) as n from areas").get() as { n: number }).n).toBe(areas);
    expect(userCount()).toBe(users);
  });

  it("takes as long as a new registration: the password is checked and hashed either way", async () => {
    hashing.mockClear();
    await register();
    await register({ email: "admin@demo.local" });
    expect(hashing).toHaveBeenCalledTimes(2);
    expect(hashing.mock.calls.map(([password]) => password)).toEqual(["a-long-enough-password", "a-long-enough-password"]);
  });
});

describe("registrations per client address", () => {
  it("allows 5 within an hour, refuses the 6th with a message about the address only, and allows other addresses", async () => {
    expect(REGISTRATION_POLICY).toMatchObject({ maxFailures: 5, windowMs: HOUR, lockMs: HOUR });
    const ip = fromNewAddress();
    // Duplicates count like new ones: the limit must not tell them apart either.
    for (let i = 1; i <= 5; i++) expect((await register(i === 3 ? { email: "admin@demo.local" } : {})).ok, `registration ${i}`).toBe(true);
    const users = userCount();
    const before = fingerprint(sqlite);
    expect(await register()).toEqual({ ok: false, message: "registration_throttled" });
    expect(await register({ email: "admin@demo.local" })).toEqual({ ok: false, message: "registration_throttled" });
    expect(fingerprint(sqlite)).toEqual(before);
    expect(userCount()).toBe(users);

    fromNewAddress();
    expect((await register()).ok).toBe(true);
    request.headers = new Headers({ [CLIENT_ADDRESS_HEADER]: ip });
    expect(await register()).toEqual({ ok: false, message: "registration_throttled" });
  });

  it("invalid forms do not count: 5 mistakes, then the registration goes through", async () => {
    for (let i = 0; i < 6; i++) expect((await register({ password: "short1" })).ok).toBe(false);
    expect((await register()).ok).toBe(true);
  });

  it("the address may register again once the hour is over, not a minute before", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.UTC(2026, 0, 5, 9, 0, 0);
    vi.setSystemTime(start);
    for (let i = 0; i < 5; i++) expect((await register()).ok).toBe(true);
    vi.setSystemTime(start + HOUR - 60_000);
    expect(await register()).toEqual({ ok: false, message: "registration_throttled" });
    vi.setSystemTime(start + HOUR + 1_000);
    expect((await register()).ok).toBe(true);
  });
});
