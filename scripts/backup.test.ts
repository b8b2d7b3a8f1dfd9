import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { savedGroups } from "@/db/schema";
import { backupDatabase, backupFileName } from "./backup";
import { prepareDatabase } from "./prepare-db";

// A backup taken while the database is open and has unflushed WAL content, restored the way the
// README says (copy the file into place), holds exactly the same rows in every table.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-backup-"));
const live = path.join(dir, "live.db");

function tablesOf(db: Database.Database): string[] {
  return db
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
}

/** Every row of every table, in rowid order: the whole content of the database. */
function contentOf(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(tablesOf(db).map((t) => [t, db.prepare(`select * from "${t}" order by rowid`).all()]));
  } finally {
    db.close();
  }
}

let open: ReturnType<typeof openDatabase>;

beforeAll(async () => {
  await prepareDatabase(live, { demo: true, fresh: true });
  // Keep a connection open, as the server does, and leave a fresh write in the WAL (not checkpointed).
  open = openDatabase(live);
  open.sqlite.pragma("wal_autocheckpoint = 0");
  const ownerId = open.sqlite.prepare("select id from users order by id limit 1").pluck().get() as number;
  open.db.insert(savedGroups).values({ name: "written just before the backup", areaCodes: "zigong,tongling", ownerId }).run();
}, 60_000);

afterAll(() => {
  open.sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run backup", () => {
  it("names the file after the UTC time", () => {
    expect(backupFileName(new Date(Date.UTC(2025, 0, 2, 3, 4, 5)))).toBe("monitor-20250102-030405.db");
  });

  it("copies the open database, WAL included, and a restored copy has identical data", async () => {
    expect(fs.statSync(`${live}-wal`).size).toBeGreaterThan(0);
    const backup = path.join(dir, "backups", backupFileName(new Date()));
    const result = await backupDatabase(live, backup);
    expect(result.file).toBe(backup);
    expect(result.bytes).toBe(fs.statSync(backup).size);
    expect(fs.statSync(backup).mode & 0o777).toBe(0o600);
    // One self-contained file: no journal beside it, nothing half-written left over.
    expect(fs.readdirSync(path.dirname(backup))).toEqual([path.basename(backup)]);

    // Restore by copying the backup over the database file of a new installation.
    const restored = path.join(dir, "restored", "monitor.db");
    fs.mkdirSync(path.dirname(restored));
    fs.copyFileSync(backup, restored);

    const check = new Database(restored, { fileMustExist: true });
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(check.pragma("foreign_key_check")).toEqual([]);
    check.close();

    const expected = contentOf(live);
    const actual = contentOf(restored);
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    expect(Object.keys(actual)).toEqual(expect.arrayContaining(["areas", "indicator_values", "targets", "users", "audit_log", "__drizzle_migrations"]));
    for (const table of Object.keys(expected)) expect(actual[table], table).toEqual(expected[table]);
    expect((actual.indicator_values as unknown[]).length).toBeGreaterThan(1000);
    expect(actual.saved_groups).toContainEqual(expect.objectContaining({ name: "written just before the backup" }));
  });

  it("the restored database opens with the app's client and its triggers still guard the audit log", async () => {
    const backup = path.join(dir, "second.db");
    await backupDatabase(live, backup);
    const { sqlite } = openDatabase(backup);
    try {
      expect(sqlite.prepare("select count(*) from areas").pluck().get()).toBeGreaterThanOrEqual(40);
      sqlite.prepare("insert into audit_log (action, entity, entity_key) values ('create', 'area', 'x')").run();
      expect(() => sqlite.prepare("delete from audit_log").run()).toThrow(/audit records cannot be removed/);
    } finally {
      sqlite.close();
    }
  });

  it("never overwrites an existing file and fails clearly without a database", async () => {
    const existing = path.join(dir, "existing.db");
    fs.writeFileSync(existing, "keep me");
    await expect(backupDatabase(live, existing)).rejects.toThrow(/exists already/);
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
    await expect(backupDatabase(path.join(dir, "missing.db"), path.join(dir, "x.db"))).rejects.toThrow(/no database/);
  });
});
