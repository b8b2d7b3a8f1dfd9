import "server-only";
import { and, asc, desc, eq, isNull, lte, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { areaCities, areas, officialResults, users } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { OfficialResultInput } from "@/lib/validations/official-results";
import { findScopedArea } from "./areas";
import { audit } from "./audit-write";

// The programme's own record: the published results of the national evaluation, per area and city,
// each with its source. Read by the area page, the national overview and the summary; written by
// evaluators and administrators, one result at a time, audited.

const columns = {
  id: officialResults.id,
  areaId: officialResults.areaId,
  areaCode: areas.code,
  year: officialResults.year,
  periodStart: officialResults.periodStart,
  cityZh: officialResults.cityZh,
  cityEn: officialResults.cityEn,
  result: officialResults.result,
  fieldZh: officialResults.fieldZh,
  fieldEn: officialResults.fieldEn,
  sourceTitle: officialResults.sourceTitle,
  sourceUrl: officialResults.sourceUrl,
  sourceKind: officialResults.sourceKind,
  policyDocument: officialResults.policyDocument,
  noteZh: officialResults.noteZh,
  noteEn: officialResults.noteEn,
  seeded: sql<number>`${officialResults.seedKey} is not null`.mapWith(Boolean),
  createdByName: users.name,
  createdAt: officialResults.createdAt,
};

function select() {
  return getDb().select(columns).from(officialResults).innerJoin(areas, eq(areas.id, officialResults.areaId)).leftJoin(users, eq(users.id, officialResults.createdBy));
}

/** One area's results, latest year first, then in the order they were recorded. */
export function listAreaOfficialResults(areaId: number) {
  return select().where(eq(officialResults.areaId, areaId)).orderBy(desc(officialResults.year), asc(officialResults.id)).all();
}

/** Every active area's results up to a year (the overview's year and the consecutive-poor rule). */
export function listOfficialResultsUpTo(year: number) {
  return select()
    .where(and(lte(officialResults.year, year), eq(areas.status, "active")))
    .orderBy(asc(officialResults.areaId), asc(officialResults.year), asc(officialResults.id))
    .all();
}

export type OfficialResultRow = ReturnType<typeof listAreaOfficialResults>[number];

export type AddOfficialResultParams = { actor: Actor } & OfficialResultInput;

/**
 * Records one published result. The area is looked up through the actor's scope; the city is one of
 * the area's member cities (by its position) or the area as a whole. The same result for the same
 * city, year and field cannot be recorded twice.
 */
export function addOfficialResult(params: AddOfficialResultParams): { id: number } {
  if (!can(params.actor, "official_results.write")) throw new AppError("forbidden", "forbidden");
  return getDb().transaction((tx) => {
    const area = findScopedArea(tx, params.actor, params.areaCode, "official_results.write");
    let city: { nameZh: string | null; nameEn: string | null } | null = null;
    if (params.city !== null) {
      city =
        tx
          .select({ nameZh: areaCities.nameZh, nameEn: areaCities.nameEn })
          .from(areaCities)
          .where(and(eq(areaCities.areaId, area.id), eq(areaCities.position, params.city)))
          .get() ?? null;
      if (!city) throw new AppError("bad_request", "unknown_city");
    }
    const row = {
      areaId: area.id,
      year: params.year,
      periodStart: null,
      cityZh: city?.nameZh ?? null,
      cityEn: city?.nameEn ?? null,
      result: params.result,
      fieldZh: params.fieldZh || null,
      fieldEn: params.fieldEn || null,
      sourceTitle: params.sourceTitle,
      sourceUrl: params.sourceUrl,
      sourceKind: params.sourceKind,
      noteZh: params.noteZh || null,
      noteEn: params.noteEn || null,
    };
    const same = (column: SQLiteColumn, value: string | null) => (value === null ? isNull(column) : eq(column, value));
    const duplicate = tx
      .select({ id: officialResults.id })
      .from(officialResults)
      .where(
        and(
          eq(officialResults.areaId, area.id),
          eq(officialResults.year, row.year),
          isNull(officialResults.periodStart),
          same(officialResults.cityZh, row.cityZh),
          same(officialResults.cityEn, row.cityEn),
          eq(officialResults.result, row.result),
          same(officialResults.fieldZh, row.fieldZh),
          same(officialResults.fieldEn, row.fieldEn),
        ),
      )
      .get();
    if (duplicate) throw new AppError("conflict", "official_result_exists");
    const { id } = tx
      .insert(officialResults)
      .values({ ...row, createdBy: params.actor.id })
      .returning({ id: officialResults.id })
      .get();
    audit(tx, {
      actorId: params.actor.id,
      action: "create",
      entity: "official_result",
      entityKey: `${area.code}/${row.year}/official-result:${id}`,
      areaId: area.id,
      year: row.year,
      new: row,
    });
    return { id };
  });
}
