import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { attachmentsDirOf, env } from "@/lib/env";
import { copyAttachments, describeAttachments, type AttachmentsCopy } from "./attachments-backup";

// `npm run restore -- FILE` — puts a backup (from `npm run backup`) in place of the database, safely:
// 1. the backup is checked before anything is touched;
// 2. it stops when a running server (or any other program) has the database open;
// 3. the old database and its -wal/-shm files are moved aside to data/before-restore-<time>/ (kept, as
//    they were): a -wal left beside a copied-in backup would be replayed into it and corrupt it;
// 4. the backup is copied in under a temporary name and renamed, then checked again;
// 5. the evidence files: the live folder is moved aside with the old database, and the files of the
//    backup's folder (monitor-…-attachments/, beside it) that the restored database names are copied in.

export type RestoreResult = { file: string; from: string; movedAside: string | null; moved: string[]; ms: number; attachments: AttachmentsCopy };

export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreError";
  }
}

const SIDE_FILES = ["-wal", "-shm", "-journal"];

/** before-restore-20250102-030405 for 2025-01-02 03:04:05 UTC. */
export function asideFolderName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `before-restore-${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}-${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
}

/** "ok", or what SQLite found wrong: `integrity_check` reads every page, `quick_check` skips the index contents. */
export function checkDatabase(file: string, kind: "integrity_check" | "quick_check"): string {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma(kind) as Record<string, string>[];
    const lines = rows.map((r) => String(Object.values(r)[0]));
    return lines.length === 1 && lines[0] === "ok" ? "ok" : lines.slice(0, 5).join("; ");
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

/**
 * Whether another connection has the database open. In WAL mode every open connection keeps a shared
 * lock, so an exclusive lock is refused at once while a server is running, whichever port or process
 * manager it was started with. The answer does not depend on a pid file a crash may leave behind.
 */
export function databaseInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 0 });
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("ROLLBACK");
    return false;
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") return true;
    // A damaged file cannot be locked through SQLite; it is what a restore is for, so carry on.
    return false;
  } finally {
    db?.close();
  }
}

export function restoreDatabase(backup: string, target: string, now = new Date()): RestoreResult {
  const started = performance.now();
  if (!fs.existsSync(backup)) throw new RestoreError(`no backup at ${backup}`);
  if (path.resolve(backup) === path.resolve(target)) throw new RestoreError("the backup is the database itself");
  const before = checkDatabase(backup, "integrity_check");
  if (before !== "ok") throw new RestoreError(`the backup ${backup} is damaged (${before}); nothing was changed`);
  if (!hasAppTables(backup)) throw new RestoreError(`${backup} is not a backup of this application's database; nothing was changed`);

  // Everything that belongs to the old database, copied aside byte for byte before anything opens it
  // (the check below folds the -wal into the database when it closes).
  const dir = path.dirname(target);
  const present = ["", ...SIDE_FILES].map((suffix) => target + suffix).filter((f) => fs.existsSync(f));
  let aside: string | null = null;
  if (present.length > 0) {
    aside = path.join(dir, asideFolderName(now));
    fs.mkdirSync(aside, { recursive: false, mode: 0o700 });
    for (const f of present) fs.copyFileSync(f, path.join(aside, path.basename(f)));
  }
  if (databaseInUse(target)) {
    if (aside) fs.rmSync(aside, { recursive: true, force: true });
    throw new RestoreError(`the database ${target} is in use: stop the server (Ctrl-C, or systemctl stop) and run the restore again; nothing was changed`);
  }
  for (const suffix of ["", ...SIDE_FILES]) fs.rmSync(target + suffix, { force: true });

  fs.mkdirSync(dir, { recursive: true });
  const partial = `${target}.restoring`;
  fs.rmSync(partial, { force: true });
  fs.copyFileSync(backup, partial);
  fs.chmodSync(partial, 0o600);
  fs.renameSync(partial, target);

  const after = checkDatabase(target, "integrity_check");
  if (after !== "ok") {
    // Put things back as they were rather than leave a damaged database in place.
    fs.rmSync(target, { force: true });
    for (const suffix of SIDE_FILES) fs.rmSync(target + suffix, { force: true });
    if (aside) for (const f of present) fs.copyFileSync(path.join(aside, path.basename(f)), f);
    throw new RestoreError(`the restored copy failed its check (${after}); the old database was put back`);
  }
  const liveFiles = attachmentsDirOf(target);
  if (fs.existsSync(liveFiles)) {
    aside ??= path.join(dir, asideFolderName(now));
    fs.mkdirSync(aside, { recursive: true, mode: 0o700 });
    fs.renameSync(liveFiles, path.join(aside, path.basename(liveFiles)));
  }
  const attachments = copyAttachments(target, attachmentsDirOf(backup), liveFiles);
  return { file: target, from: backup, movedAside: aside, moved: present.map((f) => path.basename(f)), ms: Math.round(performance.now() - started), attachments };
}

function hasAppTables(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const names = db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[];
    return ["__drizzle_migrations", "areas", "indicator_values", "users"].every((t) => names.includes(t));
  } finally {
    db.close();
  }
}

export function describeRestore(result: RestoreResult): string {
  const rel = (f: string) => path.relative(process.cwd(), f) || f;
  const aside = result.movedAside ? `; the old files (${result.moved.join(", ")}) are in ${rel(result.movedAside)}` : "";
  return `restored ${rel(result.file)} from ${rel(result.from)} (integrity check ok) and ${describeAttachments(result.attachments)} in ${result.ms} ms${aside}`;
}

function main() {
  const [file, ...rest] = process.argv.slice(2).filter((a) => a !== "--");
  if (!file || rest.length > 0) {
    console.error("usage: npm run restore -- FILE   (a backup written by npm run backup, e.g. data/backups/monitor-20250102-030405.db)");
    process.exit(2);
  }
  console.log(describeRestore(restoreDatabase(path.resolve(file), env.databaseFile)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error("restore failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
