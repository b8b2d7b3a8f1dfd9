import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachmentsDirOf } from "@/lib/env";
import { backupDatabase } from "./backup";
import { prepareDatabase } from "./prepare-db";
import { asideFolderName, restoreDatabase } from "./restore";

// Evidence files go with the database: `npm run backup` copies the files the snapshot names beside the
// backup, and `npm run restore` puts them back, the live folder moved aside with the old database.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-attachments-backup-"));
const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
const A = "11111111-1111-4111-8111-111111111111";
const B = "22222222-2222-4222-8222-222222222222";
const live = path.join(dir, "live", "monitor.db");

function attach(file: string, storedName: string, body: string) {
  const db = new Database(file);
  try {
    const user = db.prepare("insert into users (email, name, password_hash, role, status) values (?, 'u', 'x', 'official', 'active') on conflict do update set name = 'u' returning id").get(`u@${path.basename(file)}`) as { id: number };
    db.prepare(
      "insert into attachments (area_id, year, kind, file_name, stored_name, bytes, sha256, uploaded_by) values ((select min(id) from areas), 2024, 'pdf', 'a.pdf', ?, ?, 'x', ?)",
    ).run(storedName, Buffer.byteLength(body), user.id);
  } finally {
    db.close();
  }
  fs.mkdirSync(attachmentsDirOf(file), { recursive: true });
  fs.writeFileSync(path.join(attachmentsDirOf(file), storedName), body);
}

beforeAll(async () => {
  await prepareDatabase(live, { demo: false, fresh: true });
  attach(live, A, "%PDF-1.7 first");
  attach(live, B, "%PDF-1.7 second file");
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("evidence files in backups", () => {
  const backup = path.join(dir, "backups", "monitor-20250101-000000.db");

  it("copies every file the snapshot names into a folder beside the backup", async () => {
    const result = await backupDatabase(live, backup);
    expect(result.attachments).toEqual({ files: 2, bytes: 14 + 20, missing: [] });
    const folder = path.join(dir, "backups", "monitor-20250101-000000-attachments");
    expect(fs.readdirSync(folder).sort()).toEqual([A, B]);
    expect(fs.readFileSync(path.join(folder, B), "utf8")).toBe("%PDF-1.7 second file");
    expect(fs.statSync(path.join(folder, A)).mode & 0o777).toBe(0o600);
  });

  it("lists a file the database names but the folder lacks", async () => {
    fs.renameSync(path.join(attachmentsDirOf(live), B), path.join(dir, "held-back"));
    try {
      const result = await backupDatabase(live, path.join(dir, "backups", "monitor-20250101-000001.db"));
      expect(result.attachments).toEqual({ files: 1, bytes: 14, missing: [B] });
    } finally {
      fs.renameSync(path.join(dir, "held-back"), path.join(attachmentsDirOf(live), B));
    }
  });

  it("restores the backup's files, the live folder moved aside with the old database", () => {
    // After the backup, a file removed and another added: the restore gives the backup's two back.
    fs.rmSync(path.join(attachmentsDirOf(live), A));
    fs.writeFileSync(path.join(attachmentsDirOf(live), "33333333-3333-4333-8333-333333333333"), "later");
    const result = restoreDatabase(backup, live, NOW);
    expect(result.attachments).toEqual({ files: 2, bytes: 34, missing: [] });
    expect(fs.readdirSync(attachmentsDirOf(live)).sort()).toEqual([A, B]);
    const aside = path.join(dir, "live", asideFolderName(NOW), "monitor-attachments");
    expect(fs.readdirSync(aside).sort()).toEqual([B, "33333333-3333-4333-8333-333333333333"]);
  });
});
