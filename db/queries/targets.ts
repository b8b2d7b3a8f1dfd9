import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { planPeriods, targets } from "@/db/schema";
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
function writablePeriod(tx: Tx, actor: Actor, code: string, baseYear: number, reason: string) {
  const period = tx.select().from(planPeriods).where(eq(planPeriods.code, code)).get();
  if (!period) throw new AppError("bad_request", "unknown_period");
  if (period.state !== "open" && actor.role !== "admin") throw new AppError("conflict", "period_closed");
  if (period.state !== "open" && !reason) throw new AppError("bad_request", "reason_required_closed");
  if (baseYear >= period.targetYear) throw new AppError("bad_request", "invalid_base_year");
  return period;
}

/**
 * Set (or replace) one area's target for one indicator in an open plan period; scoped to the areas
 * the actor may write. Changing a target already set needs a written reason (audited with it).
 */
export function saveTarget(params: SaveTargetParams) {
  return getDb().transaction((tx) => {
    const area = findScopedArea(tx, params.actor, params.areaCode, "targets.write");
    const period = writablePeriod(tx, params.actor, params.period, params.baseYear ?? -Infinity, params.reason);
    const before = currentTarget(tx, area.id, params.indicatorKey, period.code);
    if (before && !params.reason) throw new AppError("bad_request", "reason_required");
    const row = {
      kind: params.kind,
      value: params.value,
      baseYear: params.baseYear ?? period.baseYear,
      targetYear: period.targetYear,
      reason: params.reason || null,
      isDemo: false,
      setBy: params.actor.id,
      setAt: new Date(),
    };
    tx.insert(targets)
      .values({ areaId: area.id, indicatorKey: params.indicatorKey, period: period.code, ...row })
      .onConflictDoUpdate({ target: [targets.areaId, targets.indicatorKey, targets.period], set: row })
      .run();
    audit(tx, {
      actorId: params.actor.id,
      action: before ? "update" : "create",
      entity: "target",
      entityKey: `${params.areaCode}/${params.indicatorKey}/${period.code}`,
      areaId: area.id,
      indicatorKey: params.indicatorKey,
      year: period.targetYear,
      old: before,
      new: { kind: row.kind, value: row.value, baseYear: row.baseYear, targetYear: row.targetYear, reason: row.reason },
      reason: row.reason,
    });
  });
}

/** Remove one target of an open period; a written reason is required and audited. */
export function deleteTarget(params: { actor: Actor; areaCode: string; indicatorKey: string; period: string; reason: string }) {
  return getDb().transaction((tx) => {
    const area = findScopedArea(tx, params.actor, params.areaCode, "targets.write");
    const period = writablePeriod(tx, params.actor, params.period, -Infinity, params.reason);
    const before = currentTarget(tx, area.id, params.indicatorKey, period.code);
    if (!before) return 0;
    if (!params.reason) throw new AppError("bad_request", "reason_required");
    tx.delete(targets).where(and(eq(targets.areaId, area.id), eq(targets.indicatorKey, params.indicatorKey), eq(targets.period, period.code))).run();
    audit(tx, {
      actorId: params.actor.id,
      action: "delete",
      entity: "target",
      entityKey: `${params.areaCode}/${params.indicatorKey}/${period.code}`,
      areaId: area.id,
      indicatorKey: params.indicatorKey,
      year: period.targetYear,
      old: before,
      reason: params.reason,
    });
    return 1;
  });
}

function currentTarget(tx: Tx, areaId: number, indicatorKey: string, period: string) {
  return (
    tx
      .select({ kind: targets.kind, value: targets.value, baseYear: targets.baseYear, targetYear: targets.targetYear, reason: targets.reason })
      .from(targets)
      .where(and(eq(targets.areaId, areaId), eq(targets.indicatorKey, indicatorKey), eq(targets.period, period)))
      .get() ?? null
  );
}
