import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The account page's password change as the signed-in person makes it: the current password is
// checked under the sign-in limits, and a change ends the account's other sessions, not this one.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-account-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

const current = vi.hoisted(() => ({ session: null as { user: { id: number }; sid?: string } | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => current.session }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => (current.session ? [{ name: "next-auth.session-token", value: "mocked" }] : []) }),
  headers: async () => new Headers({ "x-client-address": "198.51.100.60" }),
}));

import Database from "better-sqlite3";
import { createSession } from "@/db/queries/sessions";
import { verifyPassword } from "@/lib/auth/password";
import { form } from "@/lib/testing/action-harness";
import { prepareDatabase } from "@/scripts/prepare-db";
import { changePasswordAction } from "./account";

let sqlite: Database.Database;
const idOf = (email: string) => (sqlite.prepare("select id from users where email = ?").get(email) as { id: number }).id;
const hashOf = (email: string) => (sqlite.prepare("select password_hash as h from users where email = ?").get(email) as { h: string }).h;

function change(currentPassword: string, newPassword = "quiet-lantern-river-57", confirmPassword = newPassword) {
  return changePasswordAction({ ok: false }, form({ currentPassword, newPassword, confirmPassword }));
}

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  sqlite = new Database(file);
}, 60_000);

afterAll(() => {
  sqlite.close();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("changing one's own password", () => {
  it("with a wrong current password: refused, unchanged; five wrong guesses pause the account like failed sign-ins", async () => {
    const email = "official.changzhi@demo.local";
    current.session = { user: { id: idOf(email) }, sid: createSession(idOf(email), Date.now()) };
    const before = hashOf(email);
    for (let i = 1; i <= 5; i++) expect(await change(`wrong-guess-${i}`)).toEqual({ ok: false, message: "current_password_wrong" });
    expect(hashOf(email)).toBe(before);
    // The right one is now refused too, for 15 minutes.
    expect(await change("demo-password")).toEqual({ ok: false, message: "current_password_wrong" });
    expect(hashOf(email)).toBe(before);
  });

  it("keeps this session, ends the account's others, and the new password works", async () => {
    const email = "official.zibo@demo.local";
    const id = idOf(email);
    const here = createSession(id, Date.now());
    const others = [createSession(id, Date.now()), createSession(id, Date.now())];
    current.session = { user: { id }, sid: here };
    expect(await change("demo-password")).toEqual({ ok: true, message: "password_changed" });
    const left = (sqlite.prepare("select id from user_sessions where user_id = ?").all(id) as { id: string }[]).map((r) => r.id);
    expect(left).toEqual([here]);
    expect(others.some((o) => left.includes(o))).toBe(false);
    expect(await verifyPassword("quiet-lantern-river-57", hashOf(email))).toBe(true);
  });

  it("signed out: refused before anything is read", async () => {
    current.session = null;
    expect(await change("demo-password")).toEqual({ ok: false, message: "unauthenticated" });
  });
});
