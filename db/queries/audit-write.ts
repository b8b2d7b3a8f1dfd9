import "server-only";
import type { Db } from "@/db/client";
import { auditLog, type AuditEntry } from "@/db/schema";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Record one change in the same transaction as the change itself, so neither can exist without the
 * other. Old and new are the changed fields (JSON); null on create and delete respectively.
 */
export function audit(tx: Tx, entry: Omit<AuditEntry, "id" | "at" | "oldValue" | "newValue"> & { old?: unknown; new?: unknown }) {
  const { old, new: next, ...rest } = entry;
  tx.insert(auditLog)
    .values({
      ...rest,
      oldValue: old === undefined || old === null ? null : JSON.stringify(old),
      newValue: next === undefined || next === null ? null : JSON.stringify(next),
    })
    .run();
}
