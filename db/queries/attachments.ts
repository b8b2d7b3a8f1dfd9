import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, areaYears, attachments, indicatorValues, users } from "@/db/schema";
import { areaScope } from "@/lib/auth/area-scope";
import type { Actor } from "@/lib/auth/permissions";
import { checkAttachment, MAX_ATTACHMENTS_PER_AREA_YEAR, safeAttachmentName } from "@/lib/domain/attachment-type";
import { AppError } from "@/lib/errors";
import { readAttachmentFile, removeAttachmentFile, sha256Of, writeAttachmentFile } from "@/lib/services/attachment-files";
import { findScopedArea } from "./areas";
import { audit, type Tx } from "./audit-write";

// Evidence files of an area-year (docs/security.md, attachments). A file and its row exist together
// or not at all: the file is written whole under a temporary name and renamed inside the transaction
// that inserts the row and its audit record, and removed again when that transaction fails.

export type AttachmentRow = {
  id: number;
  year: number;
  indicatorKey: string | null;
  kind: (typeof attachments.$inferSelect)["kind"];
  fileName: string;
  bytes: number;
  uploadedAt: Date;
  uploadedByName: string | null;
};

const rowColumns = {
  id: attachments.id,
  year: attachments.year,
  indicatorKey: attachments.indicatorKey,
  kind: attachments.kind,
  fileName: attachments.fileName,
  bytes: attachments.bytes,
  uploadedAt: attachments.uploadedAt,
  uploadedByName: users.name,
};

/** An area-year's files, oldest first; the caller has decided that its reader may see them. */
export function listAttachments(areaId: number, year: number): AttachmentRow[] {
  return getDb()
    .select(rowColumns)
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedBy))
    .where(and(eq(attachments.areaId, areaId), eq(attachments.year, year)))
    .orderBy(asc(attachments.uploadedAt), asc(attachments.id))
    .all();
}

/** Submitted and approved years are frozen, their evidence as their values (db/queries/values.ts). */
function assertEditable(tx: Tx, areaId: number, year: number) {
  const status = tx
    .select({ status: areaYears.status })
    .from(areaYears)
    .where(and(eq(areaYears.areaId, areaId), eq(areaYears.year, year)))
    .get()?.status;
  if (status === "approved") throw new AppError("conflict", "year_approved");
  if (status === "submitted") throw new AppError("conflict", "year_submitted");
}

export type AddAttachmentParams = {
  actor: Actor;
  areaCode: string;
  year: number;
  /** The flagged value the file supports; null for the year as a whole. */
  indicatorKey: string | null;
  fileName: string;
  bytes: Uint8Array;
};

/**
 * Attach one file. Refused (nothing stored) when the file is empty, too large or not of an accepted
 * kind by its content; when the actor may not write the area; when the year is submitted or
 * approved; when the value named is not a flagged value of the year; when the year holds its limit.
 */
export function addAttachment(params: AddAttachmentParams): { id: number; kind: AttachmentRow["kind"]; fileName: string } {
  const { actor, areaCode, year, indicatorKey } = params;
  const checked = checkAttachment(params.bytes);
  if ("problem" in checked) {
    const status = checked.problem === "attachment_too_large" ? "too_large" : checked.problem === "attachment_type" ? "unsupported_type" : "bad_request";
    throw new AppError(status, checked.problem);
  }
  const fileName = safeAttachmentName(params.fileName, checked.kind);
  const sha256 = sha256Of(params.bytes);

  let storedName: string | null = null;
  try {
    return getDb().transaction(
      (tx) => {
        const area = findScopedArea(tx, actor, areaCode, "attachments.write");
        assertEditable(tx, area.id, year);
        if (indicatorKey !== null) {
          const value = tx
            .select({ flagged: indicatorValues.flagged })
            .from(indicatorValues)
            .where(and(eq(indicatorValues.areaId, area.id), eq(indicatorValues.year, year), eq(indicatorValues.indicatorKey, indicatorKey)))
            .get();
          if (!value?.flagged) throw new AppError("bad_request", "attachment_value_not_flagged");
        }
        const held = tx
          .select({ n: count() })
          .from(attachments)
          .where(and(eq(attachments.areaId, area.id), eq(attachments.year, year)))
          .get()!.n;
        if (held >= MAX_ATTACHMENTS_PER_AREA_YEAR) throw new AppError("conflict", "attachment_limit");

        storedName = writeAttachmentFile(params.bytes);
        const { id } = tx
          .insert(attachments)
          .values({ areaId: area.id, year, indicatorKey, kind: checked.kind, fileName, storedName, bytes: params.bytes.byteLength, sha256, uploadedBy: actor.id })
          .returning({ id: attachments.id })
          .get();
        audit(tx, {
          actorId: actor.id,
          action: "create",
          entity: "attachment",
          entityKey: `${area.code}/${year}/attachment:${id}`,
          areaId: area.id,
          indicatorKey,
          year,
          new: { fileName, kind: checked.kind, bytes: params.bytes.byteLength, sha256 },
        });
        return { id, kind: checked.kind, fileName };
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    // The row was not committed: its file goes too.
    if (storedName) removeAttachmentFile(storedName);
    throw error;
  }
}

/**
 * Remove one file (the area's writer, while the year is editable), with its audit record. The row goes
 * first; the file is deleted once that has committed, so a failure never leaves a row without its file.
 */
export function deleteAttachment({ actor, id }: { actor: Actor; id: number }): { areaCode: string; year: number } {
  const removed = getDb().transaction(
    (tx) => {
      const row = tx
        .select({ areaCode: areas.code, areaId: attachments.areaId, year: attachments.year, indicatorKey: attachments.indicatorKey, kind: attachments.kind, fileName: attachments.fileName, bytes: attachments.bytes, sha256: attachments.sha256, storedName: attachments.storedName })
        .from(attachments)
        .innerJoin(areas, eq(areas.id, attachments.areaId))
        .where(eq(attachments.id, id))
        .get();
      if (!row) throw new AppError("not_found", "attachment_not_found");
      findScopedArea(tx, actor, row.areaCode, "attachments.write");
      assertEditable(tx, row.areaId, row.year);
      tx.delete(attachments).where(eq(attachments.id, id)).run();
      audit(tx, {
        actorId: actor.id,
        action: "delete",
        entity: "attachment",
        entityKey: `${row.areaCode}/${row.year}/attachment:${id}`,
        areaId: row.areaId,
        indicatorKey: row.indicatorKey,
        year: row.year,
        old: { fileName: row.fileName, kind: row.kind, bytes: row.bytes, sha256: row.sha256 },
      });
      return row;
    },
    { behavior: "immediate" },
  );
  removeAttachmentFile(removed.storedName);
  return { areaCode: removed.areaCode, year: removed.year };
}

/**
 * One file for download, read through the reader's scope: the area's officials and every reviewer.
 * Null when there is no such file, or it belongs to an area this reader does not reach (the same
 * answer, so that the ids of other areas' files say nothing).
 */
export function getAttachmentForReader(actor: Actor, id: number): { kind: AttachmentRow["kind"]; fileName: string; body: Buffer } | null {
  const row = getDb()
    .select({ kind: attachments.kind, fileName: attachments.fileName, storedName: attachments.storedName })
    .from(attachments)
    .innerJoin(areas, eq(areas.id, attachments.areaId))
    .where(and(eq(attachments.id, id), areaScope(actor, "attachments.read")))
    .get();
  if (!row) return null;
  const body = readAttachmentFile(row.storedName);
  return body ? { kind: row.kind, fileName: row.fileName, body } : null;
}
