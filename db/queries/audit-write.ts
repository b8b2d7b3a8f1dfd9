import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, type AuditEntry } from "@/db/schema";
import { preparedOnce } from "./prepared";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Record one change in the same transaction as the change itself, so neither can exist without the
 * other. Old and new are the changed fields (JSON); null on create and delete respectively.
 */
export function audit(tx: Tx, entry: Omit<AuditEntry, "id" | "at" | "oldValue" | "newValue"> & { old?: unknown; new?: unknown }) {
  const { old, new: next, ...rest } = entry;
  auditInsert(tx).run({
    actorId: null,
    areaId: null,
    indicatorKey: null,
    year: null,
    reason: null,
    ...rest,
    oldValue: old === undefined || old === null ? null : JSON.stringify(old),
    newValue: next === undefined || next === null ? null : JSON.stringify(next),
  });
}

// Prepared once per transaction: an import writes a record for every value, and building the insert
// anew for each was most of an import's time.
const auditInserts = new WeakMap<Tx, ReturnType<typeof prepareAuditInsert>>();
const auditInsert = (tx: Tx) => preparedOnce(auditInserts, tx, prepareAuditInsert);

function prepareAuditInsert(tx: Tx) {
  const p = sql.placeholder;
  return tx
    .insert(auditLog)
    .values({
      actorId: p("actorId"),
      action: p("action"),
      entity: p("entity"),
      entityKey: p("entityKey"),
      areaId: p("areaId"),
      indicatorKey: p("indicatorKey"),
      year: p("year"),
      oldValue: p("oldValue"),
      newValue: p("newValue"),
      reason: p("reason"),
    })
    .prepare();
}
