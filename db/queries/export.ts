import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, indicators, indicatorValues } from "@/db/schema";
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
    let where: SQL | undefined;
    let label = "all";
    if (scope.kind === "all") {
      if (!reachesEveryArea(actor, "values.export")) throw new AppError("forbidden", "not_your_area");
      where = and(areaScope(actor, "values.export"), eq(areas.status, "active"));
    } else {
      const area = findScopedArea(tx, actor, scope.code, "values.export");
      where = eq(areas.id, area.id);
      label = area.code;
    }
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
