import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { targets } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { findWritableArea } from "./values";

export function getAreaTargets(areaId: number) {
  return getDb()
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
    .where(eq(targets.areaId, areaId))
    .orderBy(asc(targets.indicatorKey))
    .all();
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
    const area = findWritableArea(tx, params.actor, params.areaCode, "targets.write");
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
  });
}

export function deleteTarget(params: { actor: Actor; areaCode: string; indicatorKey: string }) {
  return getDb().transaction((tx) => {
    const area = findWritableArea(tx, params.actor, params.areaCode, "targets.write");
    return tx
      .delete(targets)
      .where(and(eq(targets.areaId, area.id), eq(targets.indicatorKey, params.indicatorKey)))
      .run().changes;
  });
}
