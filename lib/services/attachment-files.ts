import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

// The bytes of evidence files, in the database's attachments folder (lib/env.ts), each under a random
// name that nothing sent by a user takes part in. db/queries/attachments.ts keeps the rows.

const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function storedPath(storedName: string, dir = env.attachmentsDir): string {
  if (!STORED_NAME.test(storedName)) throw new Error(`not a stored attachment name: ${storedName}`);
  return path.join(dir, storedName);
}

/**
 * Writes the bytes under a temporary name, flushes them to disk and renames the file into place: a
 * file with its final name is always whole. Readable by the server's user only.
 */
export function writeAttachmentFile(bytes: Uint8Array, dir = env.attachmentsDir): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const storedName = crypto.randomUUID();
  const partial = path.join(dir, `.${storedName}.partial`);
  try {
    const fd = fs.openSync(partial, "wx", 0o600);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, storedPath(storedName, dir));
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return storedName;
}

export function readAttachmentFile(storedName: string): Buffer | null {
  try {
    return fs.readFileSync(storedPath(storedName));
  } catch {
    return null;
  }
}

export function removeAttachmentFile(storedName: string, dir = env.attachmentsDir): void {
  fs.rmSync(storedPath(storedName, dir), { force: true });
}

export function sha256Of(bytes: Uint8Array): string {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}
