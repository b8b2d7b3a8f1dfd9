import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

// The evidence files that go with a database (lib/env.ts, attachmentsDirOf): a backup copies the
// files its copy of the database names into a folder beside it (scripts/backup.ts), and a restore
// puts that folder in place of the live one (scripts/restore.ts). Files are never changed once
// written, so a copy taken after the database snapshot holds every file the snapshot names, unless
// one was removed in between: it is then listed as missing.

export type AttachmentsCopy = { files: number; bytes: number; missing: string[] };

/** The stored names the database's rows point at; none for a database from before attachments. */
export function storedNamesOf(databaseFile: string): string[] {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'attachments'").get();
    return hasTable ? (db.prepare("select stored_name from attachments order by id").pluck().all() as string[]) : [];
  } finally {
    db.close();
  }
}

/**
 * Copies the files `databaseFile` names from `fromDir` into `toDir`: into a temporary folder first,
 * renamed when complete. Writes no folder when the database names no file.
 */
export function copyAttachments(databaseFile: string, fromDir: string, toDir: string): AttachmentsCopy {
  const names = storedNamesOf(databaseFile);
  const result: AttachmentsCopy = { files: 0, bytes: 0, missing: [] };
  if (names.length === 0) return result;
  if (fs.existsSync(toDir)) throw new Error(`${toDir} exists already; not overwritten`);
  const partial = `${toDir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true, mode: 0o700 });
  try {
    for (const name of names) {
      const from = path.join(fromDir, name);
      if (!fs.existsSync(from)) {
        result.missing.push(name);
        continue;
      }
      fs.copyFileSync(from, path.join(partial, name));
      fs.chmodSync(path.join(partial, name), 0o600);
      result.files++;
      result.bytes += fs.statSync(from).size;
    }
    fs.renameSync(partial, toDir);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  return result;
}

export function describeAttachments(copy: AttachmentsCopy): string {
  const missing = copy.missing.length > 0 ? `; ${copy.missing.length} named by the database but not found: ${copy.missing.slice(0, 5).join(", ")}` : "";
  return `${copy.files} evidence file${copy.files === 1 ? "" : "s"}${missing}`;
}
