import { asc, eq, getTableColumns, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { areaCities, areas, indicators, nationalReferences, officialResults, planPeriods, seriesBreaks } from "@/db/schema";
import { AREA_CITIES, CITY_SOURCES, type AreaCitiesSeed } from "./area-cities";
import { AREAS } from "./areas";
import { catalogueRows } from "./indicators";
import { NATIONAL_REFERENCES } from "./national-references";
import { SERIES_BREAKS } from "./series-breaks";
import { OFFICIAL_RESULTS_SEED } from "./official-results";
import { PLAN_PERIODS } from "./plan-periods";

export type SeedReferenceResult = { indicators: number; areasInserted: number; citiesSeeded: number; officialResultsInserted: number };

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// Every definition column of the catalogue: the catalogue is code-owned, so a restart re-applies it.
const catalogueUpdate = Object.fromEntries(
  Object.entries(getTableColumns(indicators))
    .filter(([, column]) => column.name !== indicators.key.name)
    .map(([field, column]) => [field, sql`excluded.${sql.identifier(column.name)}`]),
);

const periodUpdate = Object.fromEntries(
  Object.entries(getTableColumns(planPeriods))
    .filter(([, column]) => column.name !== planPeriods.code.name)
    .map(([field, column]) => [field, sql`excluded.${sql.identifier(column.name)}`]),
);

const sameList = (a: readonly (string | null)[], b: readonly string[] | undefined) => !!b && a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The member cities of one designated area: written where the area has none, or where it still holds
 * exactly an earlier reference list in English alone (the migration moved that list into rows). Rows
 * anyone has changed since are left alone, as the areas are. Whether rows were written.
 */
function seedCities(tx: Tx, areaId: number, seed: AreaCitiesSeed): boolean {
  const rows = tx
    .select({ nameZh: areaCities.nameZh, nameEn: areaCities.nameEn })
    .from(areaCities)
    .where(eq(areaCities.areaId, areaId))
    .orderBy(asc(areaCities.position))
    .all();
  if (rows.length > 0) {
    if (rows.some((r) => r.nameZh !== null)) return false;
    const english = rows.map((r) => r.nameEn);
    if (!sameList(english, seed.cities.map((c) => c.en)) && !sameList(english, seed.replaces)) return false;
    tx.delete(areaCities).where(eq(areaCities.areaId, areaId)).run();
  }
  const sourceUrl = seed.source ? CITY_SOURCES[seed.source] : null;
  tx.insert(areaCities)
    .values(seed.cities.map((c, position) => ({ areaId, position, nameZh: c.zh, nameEn: c.en, sourceUrl })))
    .run();
  return true;
}

/**
 * Applies the reference data: upserts the indicator catalogue, the plan periods, national references and series breaks, adds any of the 40 areas whose code is
 * missing, completes their member cities (see seedCities) and adds the published official results not
 * yet present. Areas, cities and results already present are left alone — they are editable data.
 * Idempotent.
 */
export function seedReference(db: Db): SeedReferenceResult {
  const rows = catalogueRows();
  return db.transaction((tx) => {
    tx.insert(indicators).values(rows).onConflictDoUpdate({ target: indicators.key, set: catalogueUpdate }).run();
    // Plan periods and national references are code-owned too: re-applied as they stand in the code.
    tx.insert(planPeriods).values(PLAN_PERIODS).onConflictDoUpdate({ target: planPeriods.code, set: periodUpdate }).run();
    tx.delete(nationalReferences).run();
    tx.insert(nationalReferences).values(NATIONAL_REFERENCES.map((r) => ({ ...r, sourceUrl: r.sourceUrl ?? null }))).run();
    tx.delete(seriesBreaks).run();
    tx.insert(seriesBreaks).values(SERIES_BREAKS).run();
    const inserted = tx.insert(areas).values(AREAS).onConflictDoNothing({ target: areas.code }).run();
    const idOf = new Map(tx.select({ id: areas.id, code: areas.code }).from(areas).all().map((a) => [a.code, a.id]));

    let citiesSeeded = 0;
    for (const seed of AREA_CITIES) {
      const areaId = idOf.get(seed.code);
      if (areaId !== undefined && seedCities(tx, areaId, seed)) citiesSeeded += 1;
    }

    const results = OFFICIAL_RESULTS_SEED.flatMap((r) => {
      const areaId = idOf.get(r.areaCode);
      if (areaId === undefined) return [];
      return [
        {
          areaId,
          year: r.year,
          periodStart: r.periodStart ?? null,
          cityZh: r.city?.zh ?? null,
          cityEn: r.city?.en ?? null,
          result: r.result,
          fieldZh: r.field?.zh ?? null,
          fieldEn: r.field?.en ?? null,
          sourceTitle: r.source.title,
          sourceUrl: r.source.url,
          sourceKind: r.source.kind,
          policyDocument: r.policyDocument ?? null,
          noteZh: r.note?.zh ?? null,
          noteEn: r.note?.en ?? null,
          seedKey: r.key,
        },
      ];
    });
    const officialResultsInserted = results.length > 0 ? tx.insert(officialResults).values(results).onConflictDoNothing({ target: officialResults.seedKey }).run().changes : 0;

    return { indicators: rows.length, areasInserted: inserted.changes, citiesSeeded, officialResultsInserted };
  });
}
