import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, areaYears, targets, users } from "@/db/schema";

// What the to-do page (/todo) and the header's counts read: small, scoped queries. The rules that
// turn them into "due", "overdue" and "waiting too long" are in lib/domain/calendar.ts.

/** When a submitted year went in: its last change of state, else (never moved) its last save. */
const lastChange = sql<Date>`(case when ${areaYears.statusChangedAt} is null then ${areaYears.updatedAt} else ${areaYears.statusChangedAt} end)`.mapWith(areaYears.updatedAt);

/** The state rows of the given years, of one area (an official's) or of every active area; a year without a row is a draft. */
export function listYearStates(years: readonly number[], areaId?: number) {
  if (years.length === 0) return [];
  return getDb()
    .select({ areaId: areaYears.areaId, year: areaYears.year, status: areaYears.status })
    .from(areaYears)
    .innerJoin(areas, eq(areas.id, areaYears.areaId))
    .where(and(inArray(areaYears.year, [...years]), eq(areas.status, "active"), areaId === undefined ? undefined : eq(areaYears.areaId, areaId)))
    .all();
}


/** Years submitted and waiting for review, oldest submission first, with the name of who submitted. */
export function listWaitingYears() {
  return getDb()
    .select({
      areaCode: areas.code,
      nameZh: areas.nameZh,
      nameEn: areas.nameEn,
      year: areaYears.year,
      submittedAt: lastChange,
      submittedBy: users.name,
    })
    .from(areaYears)
    .innerJoin(areas, eq(areas.id, areaYears.areaId))
    .leftJoin(users, eq(users.id, areaYears.statusChangedBy))
    .where(and(eq(areaYears.status, "submitted"), eq(areas.status, "active")))
    .orderBy(asc(lastChange), asc(areaYears.year), asc(areaYears.areaId))
    .all();
}

export type WaitingYear = ReturnType<typeof listWaitingYears>[number];

/** How many years wait for review (the header's count on the review link). */
export function countWaitingYears(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(areaYears)
      .innerJoin(areas, eq(areas.id, areaYears.areaId))
      .where(and(eq(areaYears.status, "submitted"), eq(areas.status, "active")))
      .get()?.n ?? 0
  );
}

/** How many targets one area has set, per plan period. */
export function countAreaTargetsByPeriod(areaId: number): Map<string, number> {
  const rows = getDb()
    .select({ period: targets.period, n: sql<number>`count(*)` })
    .from(targets)
    .where(eq(targets.areaId, areaId))
    .groupBy(targets.period)
    .all();
  return new Map(rows.map((r) => [r.period, r.n]));
}

/** Accounts waiting for approval, and how many of them registered a new area with it. */
export function countPending(): { accounts: number; areas: number } {
  const row = getDb()
    .select({ accounts: sql<number>`count(*)`, areas: sql<number>`coalesce(sum(${areas.status} = 'pending'), 0)` })
    .from(users)
    .leftJoin(areas, eq(areas.id, users.areaId))
    .where(eq(users.status, "pending"))
    .get();
  return { accounts: row?.accounts ?? 0, areas: row?.areas ?? 0 };
}

/** One area's years sent back for correction, any year, latest first. */
export function listReturnedYears(areaId: number): number[] {
  return getDb()
    .select({ year: areaYears.year })
    .from(areaYears)
    .where(and(eq(areaYears.areaId, areaId), eq(areaYears.status, "returned")))
    .orderBy(sql`${areaYears.year} desc`)
    .all()
    .map((r) => r.year);
}
