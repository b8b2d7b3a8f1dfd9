import "server-only";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, indicators, indicatorValues } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

export type ExportScope = { kind: "area"; code: string } | { kind: "all" };

/**
 * Stored values for a download, with the area's and the indicator's names. The scope is in the
 * WHERE clause: an official's query can only match their own area; all areas at once need
 * "values.export_all".
 */
export function getExportValues(actor: Actor, scope: ExportScope) {
  const db = getDb();
  if (!can(actor, "values.export")) throw new AppError("forbidden", "forbidden");
  let where: SQL | undefined;
  let label = "all";
  if (scope.kind === "all") {
    if (!can(actor, "values.export_all")) throw new AppError("forbidden", "not_your_area");
    where = eq(areas.status, "active");
  } else {
    const visible = can(actor, "values.export_all")
      ? inArray(areas.status, can(actor, "areas.read_pending") ? ["active", "pending"] : ["active"])
      : and(eq(areas.id, actor.areaId ?? -1), inArray(areas.status, ["active", "pending"]));
    const area = db.select({ id: areas.id, code: areas.code }).from(areas).where(and(eq(areas.code, scope.code), visible)).get();
    if (!area) {
      const exists = db.select({ id: areas.id }).from(areas).where(eq(areas.code, scope.code)).get();
      throw exists ? new AppError("forbidden", "not_your_area") : new AppError("not_found", "area_not_found");
    }
    where = eq(areas.id, area.id);
    label = area.code;
  }
  const rows = db
    .select({
      areaCode: areas.code,
      areaNameZh: areas.nameZh,
      areaNameEn: areas.nameEn,
      indicatorKey: indicatorValues.indicatorKey,
      nameZh: indicators.nameZh,
      nameEn: indicators.nameEn,
      unitZh: indicators.unitZh,
      unitEn: indicators.unitEn,
      year: indicatorValues.year,
      value: indicatorValues.value,
      note: indicatorValues.note,
      source: indicatorValues.source,
      flagged: indicatorValues.flagged,
      isDemo: indicatorValues.isDemo,
    })
    .from(indicatorValues)
    .innerJoin(areas, eq(indicatorValues.areaId, areas.id))
    .innerJoin(indicators, eq(indicatorValues.indicatorKey, indicators.key))
    .where(where)
    .orderBy(asc(areas.id), asc(indicators.sortOrder), asc(indicatorValues.year))
    .all();
  return { label, rows };
}

export type ExportValueRow = ReturnType<typeof getExportValues>["rows"][number];
