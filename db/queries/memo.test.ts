import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-memo-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepareDatabase } from "@/scripts/prepare-db";
import { memoUntilWrite } from "./memo";

beforeAll(async () => {
  await prepareDatabase(file, { demo: false, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("memoUntilWrite keeps a derived result until the database changes", () => {
  it("computes once per key while nothing is written", () => {
    const compute = vi.fn(() => ({ n: 1 }));
    const first = memoUntilWrite("test-reads", "a", compute);
    expect(memoUntilWrite("test-reads", "a", compute)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    memoUntilWrite("test-reads", "b", compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("recomputes after a write through the server's own connection", () => {
    const count = () => getDb().get<{ n: number }>(sql`select count(*) as n from saved_groups`)!.n;
    const compute = vi.fn(count);
    expect(memoUntilWrite("test-own", "k", compute)).toBe(0);
    getDb().run(sql`insert into users (email, name, password_hash, role, status) values ('memo@test', 'm', '-', 'viewer', 'active')`);
    getDb().run(sql`insert into saved_groups (name, area_codes, owner_id) values ('g', 'zigong', (select id from users where email = 'memo@test'))`);
    expect(memoUntilWrite("test-own", "k", compute)).toBe(1);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("recomputes after another connection (a script, an import run elsewhere) commits", () => {
    const compute = vi.fn(() => getDb().get<{ n: number }>(sql`select count(*) as n from saved_groups`)!.n);
    const before = memoUntilWrite("test-other", "k", compute);
    const other = new Database(file);
    other.prepare("insert into saved_groups (name, area_codes, owner_id) values ('h', 'zigong', (select id from users where email = 'memo@test'))").run();
    other.close();
    expect(memoUntilWrite("test-other", "k", compute)).toBe(before + 1);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
