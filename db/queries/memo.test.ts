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
import { listPeerAreas } from "./compare";
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

  it("keeps at most the given number of entries of a kind, dropping the least recently used", () => {
    const compute = vi.fn((key: string) => ({ key }));
    for (const key of ["a", "b", "c"]) memoUntilWrite("test-limit", key, () => compute(key), undefined, 2);
    expect(compute).toHaveBeenCalledTimes(3);
    // "a" went when "c" came; "b" and "c" are still kept.
    memoUntilWrite("test-limit", "c", () => compute("c"), undefined, 2);
    memoUntilWrite("test-limit", "b", () => compute("b"), undefined, 2);
    expect(compute).toHaveBeenCalledTimes(3);
    memoUntilWrite("test-limit", "a", () => compute("a"), undefined, 2);
    expect(compute).toHaveBeenCalledTimes(4);
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

  it("given the tables it depends on, outlives writes elsewhere and not writes to those tables", () => {
    const db = getDb();
    const compute = vi.fn(() => db.get<{ n: number }>(sql`select count(*) as n from indicator_values`)!.n);
    const dependsOn = ["indicator_values", "areas"] as const;
    const before = memoUntilWrite("test-tables", "k", compute, dependsOn);
    // A saved group is no input: the kept count stays.
    db.run(sql`insert into saved_groups (name, area_codes, owner_id) values ('i', 'zigong', (select id from users where email = 'memo@test'))`);
    expect(memoUntilWrite("test-tables", "k", compute, dependsOn)).toBe(before);
    expect(compute).toHaveBeenCalledTimes(1);
    // A value written through another connection is: the triggers move the counter for everyone.
    const other = new Database(file);
    other.prepare("insert into indicator_values (area_id, indicator_key, year, value) values ((select id from areas where code = 'zigong'), 'rd_intensity', 2001, 1.5)").run();
    other.close();
    expect(memoUntilWrite("test-tables", "k", compute, dependsOn)).toBe(before + 1);
    // And so is a change to an area, here through the server's own connection.
    db.run(sql`update areas set name_en = name_en where code = 'zigong'`);
    memoUntilWrite("test-tables", "k", compute, dependsOn);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it("keeps the active areas until an area changes", () => {
    const first = listPeerAreas();
    expect(listPeerAreas()).toBe(first);
    expect(first.some((a) => a.code === "zigong")).toBe(true);
    // Another connection takes Zigong out of the programme: the next read leaves it out.
    const other = new Database(file);
    other.prepare("update areas set status = 'pending' where code = 'zigong'").run();
    other.close();
    const after = listPeerAreas();
    expect(after.length).toBe(first.length - 1);
    expect(after.some((a) => a.code === "zigong")).toBe(false);
    getDb().run(sql`update areas set status = 'active' where code = 'zigong'`);
    expect(listPeerAreas().length).toBe(first.length);
  });

  it("shares kept results between copies of the module, as the pages' and the route handlers' bundles are", async () => {
    const compute = vi.fn(() => ({ n: 1 }));
    const first = memoUntilWrite("test-bundles", "k", compute);
    // A second, separately loaded copy of the module and of the database client.
    vi.resetModules();
    const copy = await import("./memo");
    const copyDb = await import("@/db/client");
    expect(copy.memoUntilWrite).not.toBe(memoUntilWrite);
    expect(copyDb.getDb()).toBe(getDb());
    expect(copy.memoUntilWrite("test-bundles", "k", compute)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    // A write seen by one copy is seen by the other: one connection, one stamp.
    getDb().run(sql`update areas set name_en = name_en where code = 'zigong'`);
    expect(copy.memoUntilWrite("test-bundles", "k", compute)).not.toBe(first);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
