import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { areaYears, auditLog, planPeriods, targets } from "@/db/schema";
import { targetsAsAt, type PlacedTargetChange, type TargetAsAt, type TrailMoment } from "@/lib/domain/target-history";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { audit, type Tx } from "./audit-write";
import { preparedOnce } from "./prepared";
import { findScopedArea } from "./areas";

// Read by every area page and progress request: prepared once per connection.
const areaTargetsQueries = new WeakMap<Db, ReturnType<typeof prepareAreaTargets>>();

function prepareAreaTargets(db: Db) {
  return db
    .select({
      indicatorKey: targets.indicatorKey,
      kind: targets.kind,
      value: targets.value,
      baseYear: targets.baseYear,
      targetYear: targets.targetYear,
      reason: targets.reason,
      isDemo: targets.isDemo,
      setAt: targets.setAt,
    })
    .from(targets)
    .where(and(eq(targets.areaId, sql.placeholder("areaId")), eq(targets.period, sql.placeholder("period"))))
    .orderBy(asc(targets.indicatorKey))
    .prepare();
}

/** One area's targets for one plan period. */
export function getAreaTargets(areaId: number, period: string) {
  return preparedOnce(areaTargetsQueries, getDb(), prepareAreaTargets).all({ areaId, period });
}

export type AreaTarget = ReturnType<typeof getAreaTargets>[number];

export type SaveTargetParams = {
  actor: Actor;
  areaCode: string;
  indicatorKey: string;
  period: string;
  kind: "absolute" | "change_pct" | "annual_growth";
  value: number;
  /** Default: the period's base year. */
  baseYear?: number;
  reason: string;
};

/**
 * The period a target is written in: it must exist and be open, and the base year must precede its
 * target year. A closed period's targets are read-only, except to an administrator who reopens one
 * with a written reason (audited with it). Refused with the code the form shows.
 */
function writablePeriod(tx: Tx, actor: Actor, areaId: number, code: string, baseYear: number, reason: string) {
  const period = tx.select().from(planPeriods).where(eq(planPeriods.code, code)).get();
  if (!period) throw new AppError("bad_request", "unknown_period");
  if (period.state !== "open" && actor.role !== "admin") throw new AppError("conflict", "period_closed");
  if (period.state !== "open" && !reason) throw new AppError("bad_request", "reason_required_closed");
  // Once the target year's values are in, a target changes only through an evaluator's approval of a
  // request (target-requests.ts); the administrator's reopening, with its reason, stays possible.
  if (actor.role !== "admin" && targetYearSubmitted(tx, areaId, period.targetYear)) throw new AppError("conflict", "target_locked");
  if (baseYear >= period.targetYear) throw new AppError("bad_request", "invalid_base_year");
  return period;
}

/** Whether an area's values of a year are submitted or approved: the year its period's targets are locked from. */
export function targetYearSubmitted(tx: Tx, areaId: number, year: number): boolean {
  return !!tx
    .select({ one: sql`1` })
    .from(areaYears)
    .where(and(eq(areaYears.areaId, areaId), eq(areaYears.year, year), inArray(areaYears.status, ["submitted", "approved"])))
    .get();
}

/**
 * Set (or replace) one area's target for one indicator in an open plan period; scoped to the areas
 * the actor may write. Changing a target already set needs a written reason (audited with it).
 */
export function saveTarget(params: SaveTargetParams) {
  return getDb().transaction((tx) => {
    const { area, period, before } = checkTargetWrite(tx, params.actor, params);
    const { indicatorKey, kind, value, baseYear, reason } = params;
    writeTarget(tx, { actorId: params.actor.id, area: { id: area.id, code: params.areaCode }, period, before, indicatorKey, kind, value, baseYear, reason });
  });
}

/**
 * The rules of a target write, in the caller's transaction (the form's saveTarget and the import):
 * the area in the actor's scope, the period writable (writablePeriod) and a reason to change a target
 * already set. Refused with the AppError code the form shows; answers what writeTarget needs.
 */
export function checkTargetWrite(tx: Tx, actor: Actor, params: Pick<SaveTargetParams, "areaCode" | "indicatorKey" | "period" | "baseYear" | "reason">) {
  const area = findScopedArea(tx, actor, params.areaCode, "targets.write");
  const period = writablePeriod(tx, actor, area.id, params.period, params.baseYear ?? -Infinity, params.reason);
  const before = currentTarget(tx, area.id, params.indicatorKey, period.code);
  if (before && !params.reason) throw new AppError("bad_request", "reason_required");
  return { area, period, before };
}

type WriteTargetParams = {
  actorId: number;
  area: { id: number; code: string };
  period: { code: string; baseYear: number; targetYear: number };
  indicatorKey: string;
  kind: SaveTargetParams["kind"];
  value: number;
  baseYear?: number;
  reason: string;
  /** The target as it is now (null: none), recorded as the audit's old fields. */
  before: ReturnType<typeof currentTarget>;
  /** Who set the target, when another than the actor (the official whose request an evaluator approved). */
  setBy?: number;
};

/** Sets one target and records the change, in the caller's transaction (checks done by the caller). */
export function writeTarget(tx: Tx, params: WriteTargetParams) {
  const { area, period, before } = params;
  const row = {
    kind: params.kind,
    value: params.value,
    baseYear: params.baseYear ?? period.baseYear,
    targetYear: period.targetYear,
    reason: params.reason || null,
    isDemo: false,
    setBy: params.setBy ?? params.actorId,
    setAt: new Date(),
  };
  tx.insert(targets)
    .values({ areaId: area.id, indicatorKey: params.indicatorKey, period: period.code, ...row })
    .onConflictDoUpdate({ target: [targets.areaId, targets.indicatorKey, targets.period], set: row })
    .run();
  audit(tx, {
    actorId: params.actorId,
    action: before ? "update" : "create",
    entity: "target",
    entityKey: `${area.code}/${params.indicatorKey}/${period.code}`,
    areaId: area.id,
    indicatorKey: params.indicatorKey,
    year: period.targetYear,
    old: before,
    new: { kind: row.kind, value: row.value, baseYear: row.baseYear, targetYear: row.targetYear, reason: row.reason },
    reason: row.reason,
  });
}

/** Remove one target of an open period; a written reason is required and audited. */
export function deleteTarget(params: { actor: Actor; areaCode: string; indicatorKey: string; period: string; reason: string }) {
  return getDb().transaction((tx) => {
    const area = findScopedArea(tx, params.actor, params.areaCode, "targets.write");
    const period = writablePeriod(tx, params.actor, area.id, params.period, -Infinity, params.reason);
    const before = currentTarget(tx, area.id, params.indicatorKey, period.code);
    if (!before) return 0;
    if (!params.reason) throw new AppError("bad_request", "reason_required");
    removeTarget(tx, { actorId: params.actor.id, area: { id: area.id, code: params.areaCode }, period, indicatorKey: params.indicatorKey, before, reason: params.reason });
    return 1;
  });
}

/** Removes one target and records it, in the caller's transaction (checks done by the caller). */
export function removeTarget(
  tx: Tx,
  params: { actorId: number; area: { id: number; code: string }; period: { code: string; targetYear: number }; indicatorKey: string; before: NonNullable<ReturnType<typeof currentTarget>>; reason: string },
) {
  const { area, period } = params;
  tx.delete(targets).where(and(eq(targets.areaId, area.id), eq(targets.indicatorKey, params.indicatorKey), eq(targets.period, period.code))).run();
  audit(tx, {
    actorId: params.actorId,
    action: "delete",
    entity: "target",
    entityKey: `${area.code}/${params.indicatorKey}/${period.code}`,
    areaId: area.id,
    indicatorKey: params.indicatorKey,
    year: period.targetYear,
    old: params.before,
    reason: params.reason,
  });
}

export function currentTarget(tx: Tx, areaId: number, indicatorKey: string, period: string) {
  return (
    tx
      .select({ kind: targets.kind, value: targets.value, baseYear: targets.baseYear, targetYear: targets.targetYear, reason: targets.reason })
      .from(targets)
      .where(and(eq(targets.areaId, areaId), eq(targets.indicatorKey, indicatorKey), eq(targets.period, period)))
      .get() ?? null
  );
}

export type { TrailMoment };

/**
 * The moment an area's year was approved, as a point in the audit trail: its approval record (exact,
 * whatever the clock), else the time the state last changed. Null while the year is not approved.
 */
export function getApprovalMoment(areaId: number, year: number): TrailMoment | null {
  const db = getDb();
  const state = db
    .select({ status: areaYears.status, changedAt: areaYears.statusChangedAt })
    .from(areaYears)
    .where(and(eq(areaYears.areaId, areaId), eq(areaYears.year, year)))
    .get();
  if (!state || state.status !== "approved") return null;
  const record = db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.areaId, areaId),
        eq(auditLog.entity, "area_year"),
        eq(auditLog.year, year),
        eq(auditLog.action, "status"),
        eq(auditLog.newValue, JSON.stringify({ status: "approved" })),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  if (record) return { auditId: record.id };
  return state.changedAt ? { at: state.changedAt } : null;
}

/**
 * One area's targets of one plan period as they stood at a moment of the audit trail: the targets now,
 * with every audited change made since undone (lib/domain/target-history.ts). Read in one transaction,
 * so that the targets and the changes agree.
 */
export function getAreaTargetsAsAt(areaId: number, period: { code: string; targetYear: number }, moment: TrailMoment): TargetAsAt[] {
  return getDb().transaction((tx) => {
    const current = tx
      .select({ indicatorKey: targets.indicatorKey, kind: targets.kind, value: targets.value, baseYear: targets.baseYear, targetYear: targets.targetYear })
      .from(targets)
      .where(and(eq(targets.areaId, areaId), eq(targets.period, period.code)))
      .all();
    const after = "auditId" in moment ? gt(auditLog.id, moment.auditId) : gt(auditLog.at, moment.at);
    const changes = selectTargetChanges(tx, and(eq(auditLog.areaId, areaId), or(eq(auditLog.year, period.targetYear), isNull(auditLog.year)), after));
    return targetsAsAt(current, changes, period.targetYear);
  });
}

/** The audited target changes the condition selects, oldest first, with the area each concerns. */
function selectTargetChanges(tx: Tx, where: SQL | undefined): (PlacedTargetChange & { areaId: number | null })[] {
  return tx
    .select({ areaId: auditLog.areaId, auditId: auditLog.id, at: auditLog.at, action: auditLog.action, indicatorKey: auditLog.indicatorKey, year: auditLog.year, oldValue: auditLog.oldValue, newValue: auditLog.newValue })
    .from(auditLog)
    .where(and(eq(auditLog.entity, "target"), where))
    .orderBy(asc(auditLog.id))
    .all()
    .flatMap((r) =>
      r.indicatorKey && r.action !== "status"
        ? [{ areaId: r.areaId, auditId: r.auditId, at: r.at, indicatorKey: r.indicatorKey, action: r.action, year: r.year, old: parseJson(r.oldValue), new: parseJson(r.newValue) }]
        : [],
    );
}

/**
 * What reading many areas' targets as at their years' approvals needs, in one transaction: every
 * audited target change of these areas (oldest first) and the approval moment of each approved
 * area-year, keyed `areaId:year` (its approval record, else the time its state last changed).
 */
export function listTargetTrail(areaIds: readonly number[]): { changes: Map<number, PlacedTargetChange[]>; approvedAt: Map<string, TrailMoment> } {
  return getDb().transaction((tx) => {
    const changes = new Map<number, PlacedTargetChange[]>();
    for (const id of areaIds) changes.set(id, []);
    for (const c of selectTargetChanges(tx, inArray(auditLog.areaId, [...areaIds]))) if (c.areaId !== null) changes.get(c.areaId)?.push(c);
    const approvedAt = new Map<string, TrailMoment>();
    const approved = tx
      .select({ areaId: areaYears.areaId, year: areaYears.year, changedAt: areaYears.statusChangedAt })
      .from(areaYears)
      .where(and(inArray(areaYears.areaId, [...areaIds]), eq(areaYears.status, "approved")))
      .all();
    for (const a of approved) if (a.changedAt) approvedAt.set(`${a.areaId}:${a.year}`, { at: a.changedAt });
    // The approval records, newest last, so that the latest approval of each year stands.
    const records = tx
      .select({ id: auditLog.id, areaId: auditLog.areaId, year: auditLog.year })
      .from(auditLog)
      .where(and(inArray(auditLog.areaId, [...areaIds]), eq(auditLog.entity, "area_year"), eq(auditLog.action, "status"), eq(auditLog.newValue, JSON.stringify({ status: "approved" }))))
      .orderBy(asc(auditLog.id))
      .all();
    for (const r of records) {
      const key = `${r.areaId}:${r.year}`;
      if (approvedAt.has(key)) approvedAt.set(key, { auditId: r.id });
    }
    return { changes, approvedAt };
  });
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
