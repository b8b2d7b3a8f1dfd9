import "server-only";
import { and, asc, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, auditLog, users } from "@/db/schema";
import { AUDIT_PAGE_SIZE, endOfDay, startOfDay, type AuditFilters } from "@/lib/validations/audit";

// Reads of the audit trail. There is deliberately no update or delete here: the records are
// append-only, and the database's triggers refuse both anyway.

export type AuditScalar = string | number | boolean | null;
export type AuditChange = { field: string; before: AuditScalar | undefined; after: AuditScalar | undefined };

function parseRecord(json: string | null): Record<string, AuditScalar> | null {
  if (json === null) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return { value: String(json) };
    return Object.fromEntries(
      Object.entries(parsed).map(([k, v]) => [k, v === null || ["string", "number", "boolean"].includes(typeof v) ? (v as AuditScalar) : JSON.stringify(v)]),
    );
  } catch {
    return { value: json };
  }
}

const isEmpty = (v: AuditScalar | undefined) => v === undefined || v === null || v === "" || v === false;

/**
 * The fields a record changed, as before → after. Fields on one side only (a create, a delete, or a
 * field recorded only afterwards) are listed when they hold something.
 */
export function describeChanges(oldJson: string | null, newJson: string | null): AuditChange[] {
  const before = parseRecord(oldJson) ?? {};
  const after = parseRecord(newJson) ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const b = before[field];
    const a = after[field];
    const inBoth = field in before && field in after;
    if (inBoth ? b === a : isEmpty(b) && isEmpty(a)) continue;
    changes.push({ field, before: b, after: a });
  }
  return changes;
}

function escapeLike(text: string): string {
  return `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

/** One page of audit records matching the filters, newest first, with who made each change. */
export function listAuditRecords(filters: AuditFilters, pageSize = AUDIT_PAGE_SIZE) {
  const where: SQL[] = [];
  if (filters.area) where.push(eq(areas.code, filters.area));
  if (filters.user) {
    const pattern = escapeLike(filters.user.toLowerCase());
    where.push(sql`(lower(${users.email}) like ${pattern} escape '\\' or ${users.name} like ${pattern} escape '\\')`);
  }
  if (filters.indicator) where.push(eq(auditLog.indicatorKey, filters.indicator));
  if (filters.entity) where.push(eq(auditLog.entity, filters.entity));
  if (filters.from) where.push(gte(auditLog.at, new Date(startOfDay(filters.from))));
  if (filters.to) where.push(lt(auditLog.at, new Date(endOfDay(filters.to))));

  const db = getDb();
  const condition = where.length ? and(...where) : undefined;
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .leftJoin(areas, eq(areas.id, auditLog.areaId))
      .where(condition)
      .get()?.n ?? 0;
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityKey: auditLog.entityKey,
      areaCode: areas.code,
      indicatorKey: auditLog.indicatorKey,
      year: auditLog.year,
      oldValue: auditLog.oldValue,
      newValue: auditLog.newValue,
      reason: auditLog.reason,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(areas, eq(areas.id, auditLog.areaId))
    .where(condition)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset((filters.page - 1) * pageSize)
    .all()
    .map(({ oldValue, newValue, ...row }) => ({ ...row, changes: describeChanges(oldValue, newValue) }));
  return { rows, total, pageSize };
}

export type AuditRecordRow = ReturnType<typeof listAuditRecords>["rows"][number];

/** Every area, pending ones included, for the audit page's area filter. */
export function listAuditAreaOptions() {
  return getDb().select({ code: areas.code, nameZh: areas.nameZh, nameEn: areas.nameEn }).from(areas).orderBy(asc(areas.id)).all();
}

export type ValueHistoryEntry = {
  at: number;
  action: "create" | "update" | "delete" | "status";
  actorName: string | null;
  before: number | null;
  after: number | null;
  noteBefore: string | null;
  noteAfter: string | null;
  source: string | null;
};

const numberOr = (v: AuditScalar | undefined) => (typeof v === "number" ? v : null);
const textOr = (v: AuditScalar | undefined) => (typeof v === "string" ? v : null);

/** The change history of each value of one area-year, newest first, keyed by indicator. */
export function getValueHistory(areaId: number, year: number): Record<string, ValueHistoryEntry[]> {
  const rows = getDb()
    .select({
      at: auditLog.at,
      action: auditLog.action,
      indicatorKey: auditLog.indicatorKey,
      oldValue: auditLog.oldValue,
      newValue: auditLog.newValue,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.areaId, areaId), eq(auditLog.year, year), eq(auditLog.entity, "value")))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .all();
  const history: Record<string, ValueHistoryEntry[]> = {};
  for (const r of rows) {
    if (!r.indicatorKey) continue;
    const before = parseRecord(r.oldValue);
    const after = parseRecord(r.newValue);
    (history[r.indicatorKey] ??= []).push({
      at: r.at.getTime(),
      action: r.action,
      actorName: r.actorName,
      before: numberOr(before?.value),
      after: numberOr(after?.value),
      noteBefore: textOr(before?.note),
      noteAfter: textOr(after?.note),
      source: textOr(after?.source),
    });
  }
  return history;
}
