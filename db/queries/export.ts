import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, indicators, indicatorValues, targets } from "@/db/schema";
import { areaScope, reachesEveryArea } from "@/lib/auth/area-scope";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { findScopedArea } from "./areas";
import { storedValueColumns } from "./values";

export type ExportScope = { kind: "area"; code: string } | { kind: "all" };

/**
 * Stored values for a download, with the area's and the indicator's names, inside the reach of the
 * actor's "values.export" (areaScope in the WHERE clause): an official's query can only match their
 * own area. All areas at once (the active ones) need a reach over every area.
 */
export function getExportValues(actor: Actor, scope: ExportScope) {
  if (!can(actor, "values.export")) throw new AppError("forbidden", "forbidden");
  return getDb().transaction((tx) => {
    const { where, label } = exportWhere(tx, actor, scope);
    const rows = tx
      .select({
        areaCode: areas.code,
        areaNameZh: areas.nameZh,
        areaNameEn: areas.nameEn,
        nameZh: indicators.nameZh,
        nameEn: indicators.nameEn,
        unitZh: indicators.unitZh,
        unitEn: indicators.unitEn,
        ...storedValueColumns,
      })
      .from(indicatorValues)
      .innerJoin(areas, eq(indicatorValues.areaId, areas.id))
      .innerJoin(indicators, eq(indicatorValues.indicatorKey, indicators.key))
      .where(where)
      .orderBy(asc(areas.id), asc(indicators.sortOrder), asc(indicatorValues.year))
      .all();
    return { label, rows };
  });
}

export type ExportValueRow = ReturnType<typeof getExportValues>["rows"][number];

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** The areas an export covers, inside the actor's reach: one area, or every active one for a reach over all. */
function exportWhere(tx: Tx, actor: Actor, scope: ExportScope): { where: SQL | undefined; label: string } {
  if (scope.kind === "all") {
    if (!reachesEveryArea(actor, "values.export")) throw new AppError("forbidden", "not_your_area");
    return { where: and(areaScope(actor, "values.export"), eq(areas.status, "active")), label: "all" };
  }
  const area = findScopedArea(tx, actor, scope.code, "values.export");
  return { where: eq(areas.id, area.id), label: area.code };
}

/** The stored targets of the same areas as getExportValues, each with its plan period, earliest period first. */
export function getExportTargets(actor: Actor, scope: ExportScope) {
  if (!can(actor, "values.export")) throw new AppError("forbidden", "forbidden");
  return getDb().transaction((tx) => {
    const { where } = exportWhere(tx, actor, scope);
    return tx
      .select({
        areaCode: areas.code,
        indicatorKey: targets.indicatorKey,
        nameZh: indicators.nameZh,
        nameEn: indicators.nameEn,
        unitZh: indicators.unitZh,
        unitEn: indicators.unitEn,
        period: targets.period,
        kind: targets.kind,
        value: targets.value,
        baseYear: targets.baseYear,
        targetYear: targets.targetYear,
        reason: targets.reason,
        isDemo: targets.isDemo,
      })
      .from(targets)
      .innerJoin(areas, eq(targets.areaId, areas.id))
      .innerJoin(indicators, eq(targets.indicatorKey, indicators.key))
      .where(where)
      .orderBy(asc(areas.id), asc(targets.targetYear), asc(indicators.sortOrder))
      .all();
  });
}

export type ExportTargetRow = ReturnType<typeof getExportTargets>[number];
