import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { attachmentsDirOf, env } from "@/lib/env";
import { copyAttachments, describeAttachments, type AttachmentsCopy } from "./attachments-backup";

// `npm run backup [-- --out FILE]` — a consistent copy of the live database, taken with SQLite's
// online backup API while the app keeps serving. By default data/backups/monitor-YYYYMMDD-HHMMSS.db
// (UTC). Restore one with `npm run restore -- FILE` (scripts/restore.ts), never by copying it over
// the database by hand: an old -wal beside it would be replayed into the copy. The evidence files the
// copy names go beside it, in monitor-YYYYMMDD-HHMMSS-attachments/ (scripts/attachments-backup.ts).

export const DEFAULT_BACKUP_DIR = path.join("data", "backups");

export type BackupResult = { file: string; bytes: number; ms: number; attachments: AttachmentsCopy };

/** monitor-20250102-030405.db for 2025-01-02 03:04:05 UTC: sorts by time, never collides within a second. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}`;
  const time = `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  return `monitor-${day}-${time}.db`;
}

/**
 * Copies `source` page by page through SQLite's backup API: readers and writers of the live
 * database carry on, and the copy is one consistent snapshot including what is still in the WAL.
 * The copy is written under a temporary name and renamed when complete, so a file with the final
 * name is never half-written; it is a single file (journal mode DELETE) that needs no -wal/-shm,
 * readable by its owner only.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupResult> {
  const started = performance.now();
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
  if (fs.existsSync(target)) throw new Error(`${target} exists already; not overwritten`);
  fs.mkdirSync(path.dirname(target), { recursive: true });

  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const live = new Database(source, { fileMustExist: true });
  try {
    live.pragma("busy_timeout = 5000");
    await live.backup(partial);
  } finally {
    live.close();
  }

  const copy = new Database(partial);
  try {
    copy.pragma("journal_mode = DELETE");
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`the copy failed its integrity check: ${String(check)}`);
  } catch (error) {
    copy.close();
    fs.rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  // It holds password hashes: readable by the owner only, like the secret file.
  fs.chmodSync(partial, 0o600);
  fs.renameSync(partial, target);
  // After the snapshot: every file it names was written before it (files never change once written).
  const attachments = copyAttachments(target, attachmentsDirOf(source), attachmentsDirOf(target));
  return { file: target, bytes: fs.statSync(target).size, ms: Math.round(performance.now() - started), attachments };
}

export function describeBackup(result: BackupResult): string {
  const where = path.relative(process.cwd(), result.file) || result.file;
  const size = result.bytes >= 1024 * 1024 ? `${(result.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(result.bytes / 1024)} kB`;
  return `backup written: ${where} (${size}, ${result.bytes} bytes) and ${describeAttachments(result.attachments)} in ${result.ms} ms`;
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const target = values.out
    ? path.resolve(values.out)
    : path.join(/*turbopackIgnore: true*/ process.cwd(), DEFAULT_BACKUP_DIR, backupFileName(new Date()));
  console.log(describeBackup(await backupDatabase(env.databaseFile, target)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error("backup failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
