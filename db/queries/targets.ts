import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { targets } from "@/db/schema";
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
    .where(eq(targets.areaId, sql.placeholder("areaId")))
    .orderBy(asc(targets.indicatorKey))
    .prepare();
}

export function getAreaTargets(areaId: number) {
  return preparedOnce(areaTargetsQueries, getDb(), prepareAreaTargets).all({ areaId });
}

export type AreaTarget = ReturnType<typeof getAreaTargets>[number];

export type SaveTargetParams = {
  actor: Actor;
  areaCode: string;
  indicatorKey: string;
  kind: "absolute" | "change_pct";
  value: number;
  baseYear: number;
  targetYear: number;
  reason: string;
};

/** Set (or replace) one area's target for one indicator; scoped to the areas the actor may write. */
export function saveTarget(params: SaveTargetParams) {
  return getDb().transaction((tx) => {
    const area = findScopedArea(tx, params.actor, params.areaCode, "targets.write");
    const before = currentTarget(tx, area.id, params.indicatorKey);
    const row = {
      kind: params.kind,
      value: params.value,
      baseYear: params.baseYear,
      targetYear: params.targetYear,
      reason: params.reason || null,
      isDemo: false,
      setBy: params.actor.id,
      setAt: new Date(),
    };
    tx.insert(targets)
      .values({ areaId: area.id, indicatorKey: params.indicatorKey, ...row })
      .onConflictDoUpdate({ target: [targets.areaId, targets.indicatorKey], set: row })
      .run();
    audit(tx, {
      actorId: params.actor.id,
      action: before ? "update" : "create",
      entity: "target",
      entityKey: `${params.areaCode}/${params.indicatorKey}`,
      areaId: area.id,
      indicatorKey: params.indicatorKey,
      old: before,
      new: { kind: row.kind, value: row.value, baseYear: row.baseYear, targetYear: row.targetYear, reason: row.reason },
      reason: row.reason,
    });
  });
}

export function deleteTarget(params: { actor: Actor; areaCode: string; indicatorKey: string }) {
  return getDb().transaction((tx) => {
    const area = findScopedArea(tx, params.actor, params.areaCode, "targets.write");
    const before = currentTarget(tx, area.id, params.indicatorKey);
    if (!before) return 0;
    tx.delete(targets).where(and(eq(targets.areaId, area.id), eq(targets.indicatorKey, params.indicatorKey))).run();
    audit(tx, {
      actorId: params.actor.id,
      action: "delete",
      entity: "target",
      entityKey: `${params.areaCode}/${params.indicatorKey}`,
      areaId: area.id,
      indicatorKey: params.indicatorKey,
      old: before,
    });
    return 1;
  });
}

function currentTarget(tx: Tx, areaId: number, indicatorKey: string) {
  return (
    tx
      .select({ kind: targets.kind, value: targets.value, baseYear: targets.baseYear, targetYear: targets.targetYear, reason: targets.reason })
      .from(targets)
      .where(and(eq(targets.areaId, areaId), eq(targets.indicatorKey, indicatorKey)))
      .get() ?? null
  );
}
