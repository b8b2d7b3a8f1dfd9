import "server-only";
import { and, asc, count, eq, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { getDb, type Db } from "@/db/client";
import { areaCities, areas, AREA_LEVELS, AREA_WAVES } from "@/db/schema";
import { areaScope, type AreaPermission } from "@/lib/auth/area-scope";
import { can, type Actor } from "@/lib/auth/permissions";
import { clampPage, pageWindow } from "@/lib/domain/pagination";
import { AppError } from "@/lib/errors";
import type { Tx } from "./audit-write";
import { preparedOnce } from "./prepared";

export type AreaListFilters = {
  level?: (typeof AREA_LEVELS)[number];
  wave?: (typeof AREA_WAVES)[number];
  province?: string;
  q?: string;
};

const listColumns = {
  id: areas.id,
  code: areas.code,
  nameZh: areas.nameZh,
  nameEn: areas.nameEn,
  level: areas.level,
  wave: areas.wave,
  province: areas.province,
  status: areas.status,
};

/** Cards on one page of the home page's list. */
export const AREA_LIST_PAGE_SIZE = 30;

/**
 * The search over areas (home page, review queue): code, both names, member cities or province
 * containing the text. Undefined when the text is blank.
 */
export function areaSearchCondition(text: string | undefined): SQL | undefined {
  const q = text?.trim();
  if (!q) return undefined;
  // % and _ typed in the box are taken literally (SQLite's LIKE needs the ESCAPE clause for that).
  const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const contains = (column: SQLiteColumn) => sql`${column} like ${pattern} escape '\\'`;
  const cityContains = sql`exists (select 1 from ${areaCities} where ${areaCities.areaId} = ${areas.id} and (${contains(areaCities.nameZh)} or ${contains(areaCities.nameEn)}))`;
  return or(contains(areas.code), contains(areas.nameZh), contains(areas.nameEn), cityContains, contains(areas.province));
}

function areaListWhere(filters: AreaListFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [eq(areas.status, "active"), areaSearchCondition(filters.q)];
  if (filters.level) where.push(eq(areas.level, filters.level));
  if (filters.wave) where.push(eq(areas.wave, filters.wave));
  if (filters.province) where.push(eq(areas.province, filters.province));
  return and(...where);
}

/**
 * One page of the active areas matching the filters, and how many match in all. A page past the end
 * gives the last page (`page` in the result is the one shown), so the work is one page's, not the list's.
 */
export function listAreasPage(filters: AreaListFilters, page: number, pageSize = AREA_LIST_PAGE_SIZE) {
  const db = getDb();
  const where = areaListWhere(filters);
  const total = db.select({ n: count() }).from(areas).where(where).get()?.n ?? 0;
  const shown = clampPage(page, total, pageSize);
  const { limit, offset } = pageWindow(shown, pageSize);
  const rows = db.select(listColumns).from(areas).where(where).orderBy(asc(areas.level), asc(areas.id)).limit(limit).offset(offset).all();
  return { rows, total, page: shown, pageSize };
}

/** Every area code in use, of any status (a proposed code must not collide with a pending one either). */
export function listAreaCodes(): Set<string> {
  return new Set(getDb().select({ code: areas.code }).from(areas).all().map((a) => a.code));
}

export function listProvinces(): string[] {
  return getDb()
    .selectDistinct({ province: areas.province })
    .from(areas)
    .where(eq(areas.status, "active"))
    .orderBy(asc(areas.province))
    .all()
    .map((r) => r.province);
}

/** Active areas for pickers (registration: claim an existing area). */
export function listAreaOptions() {
  return getDb()
    .select({ code: areas.code, nameZh: areas.nameZh, nameEn: areas.nameEn })
    .from(areas)
    .where(eq(areas.status, "active"))
    .orderBy(asc(areas.id))
    .all();
}

// Every page and API request about one area looks it up first: prepared once per connection.
const areaByCodeQueries = new WeakMap<Db, ReturnType<typeof prepareAreaByCode>>();

function prepareAreaByCode(db: Db) {
  return db
    .select({
      ...listColumns,
      yearDesignated: areas.yearDesignated,
      type: areas.type,
      resourceType: areas.resourceType,
    })
    .from(areas)
    .where(and(eq(areas.code, sql.placeholder("code")), or(eq(areas.status, "active"), and(eq(areas.status, "pending"), eq(sql.placeholder("includePending"), 1)))))
    .prepare();
}

/** One area by its code; pending areas only for those allowed to see them. */
export function getAreaByCode(code: string, opts: { includePending?: boolean } = {}) {
  return preparedOnce(areaByCodeQueries, getDb(), prepareAreaByCode).get({ code, includePending: opts.includePending ? 1 : 0 });
}

export type AreaDetail = NonNullable<ReturnType<typeof getAreaByCode>>;

/** An area's member cities in order, each in both languages where known. */
export function listAreaCities(areaId: number) {
  return getDb()
    .select({ position: areaCities.position, nameZh: areaCities.nameZh, nameEn: areaCities.nameEn, sourceUrl: areaCities.sourceUrl })
    .from(areaCities)
    .where(eq(areaCities.areaId, areaId))
    .orderBy(asc(areaCities.position))
    .all();
}

export type AreaCity = ReturnType<typeof listAreaCities>[number];
export type AreaListItem = ReturnType<typeof listAreasPage>["rows"][number];

/**
 * The area with this code, if the actor's permission reaches it: areaScope is in the WHERE clause, so
 * an official's lookup can only ever match their own area. A refusal tells no more than the actor may
 * know: forbidden without the permission at all, area_not_found for a code that names no area, and
 * not_your_area for an area out of reach.
 */
export function findScopedArea(tx: Tx, actor: Actor, areaCode: string, permission: AreaPermission) {
  const area = tx
    .select({ id: areas.id, code: areas.code })
    .from(areas)
    .where(and(eq(areas.code, areaCode), areaScope(actor, permission)))
    .get();
  if (area) return area;
  if (!can(actor, permission)) throw new AppError("forbidden", "forbidden");
  const exists = tx.select({ id: areas.id }).from(areas).where(eq(areas.code, areaCode)).get();
  throw exists ? new AppError("forbidden", "not_your_area") : new AppError("not_found", "area_not_found");
}

/** Every area's member cities, by area id (the consecutive-poor rule matches official results to them). */
export function listAllAreaCities(): Map<number, AreaCity[]> {
  const rows = getDb()
    .select({ areaId: areaCities.areaId, position: areaCities.position, nameZh: areaCities.nameZh, nameEn: areaCities.nameEn, sourceUrl: areaCities.sourceUrl })
    .from(areaCities)
    .orderBy(asc(areaCities.areaId), asc(areaCities.position))
    .all();
  const byArea = new Map<number, AreaCity[]>();
  for (const { areaId, ...city } of rows) byArea.set(areaId, [...(byArea.get(areaId) ?? []), city]);
  return byArea;
}
