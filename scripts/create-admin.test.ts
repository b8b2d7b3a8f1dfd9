import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

// `npm run create-admin` as an operator runs it, on a database of its own: the password rule of
// sign-up holds here too (length, 72 bytes, hard to guess), with the reason in words.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-create-admin-"));
const database = path.join(dir, "admin.db");

function createAdmin(email: string, password: string) {
  const run = spawnSync(
    path.join("node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/create-admin.ts", "--email", email, "--name", "Operator", "--password", password],
    { env: { ...process.env, DATABASE_PATH: database, DEMO_DATA: "0" }, encoding: "utf8", timeout: 60_000 },
  );
  return { code: run.status, out: run.stdout + run.stderr };
}

function admins(): string[] {
  if (!fs.existsSync(database)) return [];
  const db = new Database(database, { readonly: true });
  try {
    return (db.prepare("select email from users where role = 'admin'").all() as { email: string }[]).map((r) => r.email);
  } finally {
    db.close();
  }
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("create-admin", () => {
  it("refuses an easily guessed password and says why; creates nothing", () => {
    const weak = createAdmin("first@example.cn", "password1234");
    expect(weak.code).toBe(1);
    expect(weak.out).toContain("create-admin: password is too easy to guess, This is similar to a commonly used password.");
    expect(admins()).toEqual([]);
  }, 120_000);

  it("refuses a password over 72 bytes", () => {
    const long = createAdmin("first@example.cn", "密".repeat(25));
    expect(long.code).toBe(1);
    expect(long.out).toContain("must be at most 72 bytes in UTF-8 (a Chinese character takes 3)");
    expect(admins()).toEqual([]);
  }, 120_000);

  it("creates the admin with a strong one", () => {
    const ok = createAdmin("first@example.cn", "quiet-lantern-river-57");
    expect(ok.out).toContain("create-admin: admin first@example.cn created");
    expect(ok.code).toBe(0);
    expect(admins()).toEqual(["first@example.cn"]);
  }, 120_000);
});
