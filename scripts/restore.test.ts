import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { backupDatabase } from "./backup";
import { assertDatabaseSound, prepareDatabase } from "./prepare-db";
import { asideFolderName, checkDatabase, databaseInUse, restoreDatabase } from "./restore";

// A backup restored over a database that still has its -wal beside it: copied by hand, the old WAL is
// replayed into the backup; `npm run restore` moves it aside first. And `npm start` refuses a damaged file.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-restore-"));
const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
let backup: string;

/** Every row of every table: the whole content. */
function contentOf(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`select * from "${t}" order by rowid`).all()]));
  } finally {
    db.close();
  }
}

/**
 * A live database as a server leaves it when it is killed: unflushed changes in its -wal. Made by
 * copying the three files while a connection holds many writes in the WAL.
 */
function liveWithWal(folder: string): string {
  fs.mkdirSync(folder, { recursive: true });
  const source = path.join(dir, "source.db");
  const { sqlite } = openDatabase(source);
  sqlite.pragma("wal_autocheckpoint = 0");
  sqlite.exec("update indicator_values set value = value + 1000");
  sqlite.exec("delete from targets");
  const target = path.join(folder, "monitor.db");
  for (const suffix of ["", "-wal", "-shm"]) fs.copyFileSync(source + suffix, target + suffix);
  sqlite.close();
  fs.rmSync(source);
  return target;
}

beforeAll(async () => {
  const seeded = path.join(dir, "seeded.db");
  await prepareDatabase(seeded, { demo: true, fresh: true });
  backup = path.join(dir, "backups", "monitor-20250101-000000.db");
  await backupDatabase(seeded, backup);
  // The source of the live databases below: the same seed, to which the WAL's changes are made.
  fs.copyFileSync(backup, path.join(dir, "seed-copy.db"));
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function freshSource() {
  fs.copyFileSync(path.join(dir, "seed-copy.db"), path.join(dir, "source.db"));
}

describe("copying a backup over a database by hand", () => {
  it("leaves the old -wal to be replayed into it: the result is not the backup", () => {
    freshSource();
    const live = liveWithWal(path.join(dir, "by-hand"));
    expect(fs.statSync(`${live}-wal`).size).toBeGreaterThan(0);
    fs.copyFileSync(backup, live);
    const check = checkDatabase(live, "integrity_check");
    const sameAsBackup = check === "ok" && JSON.stringify(contentOf(live)) === JSON.stringify(contentOf(backup));
    expect(sameAsBackup).toBe(false);
  });
});

describe("restoreDatabase", () => {
  it("moves the old database with its -wal and -shm aside, copies the backup in, and the result is exactly the backup", () => {
    freshSource();
    const live = liveWithWal(path.join(dir, "restore"));
    const walBefore = fs.readFileSync(`${live}-wal`);
    const result = restoreDatabase(backup, live, NOW);

    const aside = path.join(dir, "restore", asideFolderName(NOW));
    expect(asideFolderName(NOW)).toBe("before-restore-20250102-030405");
    expect(result.movedAside).toBe(aside);
    expect(fs.readdirSync(aside).sort()).toEqual(["monitor.db", "monitor.db-shm", "monitor.db-wal"]);
    expect(result.moved).toEqual(["monitor.db", "monitor.db-wal", "monitor.db-shm"]);
    // As they were: the old WAL is kept whole, for whoever needs what it held.
    expect(fs.readFileSync(path.join(aside, "monitor.db-wal")).equals(walBefore)).toBe(true);
    // Nothing of the old database is left beside the restored one.
    expect(fs.readdirSync(path.join(dir, "restore")).sort()).toEqual([asideFolderName(NOW), "monitor.db"]);

    expect(checkDatabase(live, "integrity_check")).toBe("ok");
    expect(contentOf(live)).toEqual(contentOf(backup));
    expect(fs.statSync(live).mode & 0o777).toBe(0o600);
    // The app opens it as usual.
    const { sqlite } = openDatabase(live);
    expect(sqlite.prepare("select count(*) from targets").pluck().get()).toBeGreaterThan(0);
    sqlite.close();
  });

  it("restores into an empty place", () => {
    const target = path.join(dir, "empty", "monitor.db");
    const result = restoreDatabase(backup, target, NOW);
    expect(result.movedAside).toBeNull();
    expect(contentOf(target)).toEqual(contentOf(backup));
  });

  it("stops while the database is open (a running server), and changes nothing", () => {
    freshSource();
    const live = liveWithWal(path.join(dir, "running"));
    const server = openDatabase(live);
    try {
      expect(server.sqlite.prepare("select count(*) from areas").pluck().get()).toBeGreaterThan(0);
      expect(databaseInUse(live)).toBe(true);
      const files = fs.readdirSync(path.join(dir, "running")).sort();
      expect(() => restoreDatabase(backup, live, NOW)).toThrow(/in use: stop the server/);
      expect(fs.readdirSync(path.join(dir, "running")).sort()).toEqual(files);
    } finally {
      server.sqlite.close();
    }
    expect(databaseInUse(live)).toBe(false);
  });

  it("refuses a damaged backup and a file that is not a backup, before touching anything", () => {
    const target = path.join(dir, "refuse", "monitor.db");
    fs.mkdirSync(path.dirname(target));
    fs.copyFileSync(backup, target);
    const damaged = path.join(dir, "damaged-backup.db");
    fs.copyFileSync(backup, damaged);
    damagePages(damaged);
    expect(() => restoreDatabase(damaged, target, NOW)).toThrow(/is damaged/);
    const other = path.join(dir, "other.db");
    new Database(other).exec("create table x (y)");
    expect(() => restoreDatabase(other, target, NOW)).toThrow(/not a backup/);
    expect(() => restoreDatabase(path.join(dir, "missing.db"), target, NOW)).toThrow(/no backup/);
    expect(fs.readdirSync(path.dirname(target))).toEqual(["monitor.db"]);
  });
});

/** Overwrites the middle pages of a database file with garbage, as a bad disk or copy would. */
function damagePages(file: string) {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  for (let p = 2; p < pages - 1; p += 3) bytes.fill(0xa5, p * pageSize + 8, p * pageSize + pageSize / 2);
  fs.writeFileSync(file, bytes);
}

describe("npm start's check of the database", () => {
  it("passes a sound database and a missing one", () => {
    expect(() => assertDatabaseSound(backup)).not.toThrow();
    expect(() => assertDatabaseSound(path.join(dir, "none.db"))).not.toThrow();
  });

  it("refuses a damaged database with a clear message, and prepareDatabase does not migrate it", async () => {
    const damaged = path.join(dir, "damaged.db");
    fs.copyFileSync(backup, damaged);
    damagePages(damaged);
    expect(() => assertDatabaseSound(damaged)).toThrow(/damaged\.db is damaged \(SQLite's quick_check: .+\)\. The server was not started\. Restore the latest backup with: npm run restore/);
    await expect(prepareDatabase(damaged, { demo: false, fresh: false })).rejects.toThrow(/is damaged/);
  });

  it("refuses a file that is not a database at all", () => {
    const junk = path.join(dir, "junk.db");
    fs.writeFileSync(junk, "x".repeat(8192));
    expect(() => assertDatabaseSound(junk)).toThrow(/is damaged/);
  });
});
