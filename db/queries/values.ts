import "server-only";
import { and, asc, between, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { areas, areaYears, indicators, indicatorValues } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { computeDerivedForYear } from "@/lib/domain/derived";
import { AppError } from "@/lib/errors";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export function getAreaValues(areaId: number, range: { from?: number; to?: number } = {}) {
  return getDb()
    .select({
      indicatorKey: indicatorValues.indicatorKey,
      year: indicatorValues.year,
      value: indicatorValues.value,
      note: indicatorValues.note,
      source: indicatorValues.source,
      flagged: indicatorValues.flagged,
      isDemo: indicatorValues.isDemo,
      updatedAt: indicatorValues.updatedAt,
    })
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.areaId, areaId),
        between(indicatorValues.year, range.from ?? 1900, range.to ?? 2200),
      ),
    )
    .orderBy(asc(indicatorValues.indicatorKey), asc(indicatorValues.year))
    .all();
}

export type AreaValueRow = ReturnType<typeof getAreaValues>[number];

/** What the entry form needs for one area-year: this year's and last year's values and the version to guard the save. */
export function getYearEntryContext(areaId: number, year: number) {
  const db = getDb();
  const rows = db
    .select({
      indicatorKey: indicatorValues.indicatorKey,
      year: indicatorValues.year,
      value: indicatorValues.value,
      note: indicatorValues.note,
      source: indicatorValues.source,
      flagged: indicatorValues.flagged,
    })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.areaId, areaId), inArray(indicatorValues.year, [year - 1, year])))
    .all();
  const version =
    db
      .select({ version: areaYears.version })
      .from(areaYears)
      .where(and(eq(areaYears.areaId, areaId), eq(areaYears.year, year)))
      .get()?.version ?? 0;
  return {
    version,
    current: Object.fromEntries(rows.filter((r) => r.year === year).map((r) => [r.indicatorKey, r])),
    previous: Object.fromEntries(rows.filter((r) => r.year === year - 1).map((r) => [r.indicatorKey, r.value])) as Record<
      string,
      number | undefined
    >,
  };
}

/** True while any demo value remains: the UI then shows the demo-data banner. */
export function hasDemoValues(): boolean {
  return !!getDb().select({ one: sql`1` }).from(indicatorValues).where(eq(indicatorValues.isDemo, true)).limit(1).get();
}

export type SaveYearEntryParams = {
  actor: Actor;
  areaCode: string;
  year: number;
  /** The area-year version the form was opened with; a save against a newer one is refused. */
  expectedVersion: number;
  source: string;
  entries: Record<string, { value: number | null; note: string; flagged: boolean }>;
};

/**
 * Save one area-year atomically. The actor's right to write this area is part of the query:
 * an official's save of another area finds nothing to write and is refused.
 */
export function saveYearEntry(params: SaveYearEntryParams) {
  const { actor, year } = params;
  return getDb().transaction((tx) => {
    const area = findWritableArea(tx, actor, params.areaCode, "values.write");

    const current = tx
      .select({ version: areaYears.version })
      .from(areaYears)
      .where(and(eq(areaYears.areaId, area.id), eq(areaYears.year, year)))
      .get();
    if ((current?.version ?? 0) !== params.expectedVersion) {
      throw new AppError("conflict", "changed_since_opened");
    }

    const existing = new Map(
      tx
        .select({ key: indicatorValues.indicatorKey, value: indicatorValues.value, note: indicatorValues.note })
        .from(indicatorValues)
        .where(and(eq(indicatorValues.areaId, area.id), eq(indicatorValues.year, year)))
        .all()
        .map((r) => [r.key, r]),
    );

    let saved = 0;
    let removed = 0;
    const now = new Date();
    for (const [key, entry] of Object.entries(params.entries)) {
      const before = existing.get(key);
      const note = entry.note.trim() || null;
      if (entry.value === null) {
        if (before) {
          deleteValue(tx, area.id, key, year);
          removed++;
        }
        continue;
      }
      if (before && before.value === entry.value && (before.note ?? null) === note) continue;
      upsertValue(tx, { areaId: area.id, key, year, value: entry.value, note, flagged: entry.flagged, source: params.source || null, userId: actor.id, now });
      saved++;
    }

    recomputeDerived(tx, area.id, [year, year + 1], actor.id, now);

    const version = (current?.version ?? 0) + 1;
    tx.insert(areaYears)
      .values({ areaId: area.id, year, version, updatedBy: actor.id, updatedAt: now })
      .onConflictDoUpdate({
        target: [areaYears.areaId, areaYears.year],
        set: { version, updatedBy: actor.id, updatedAt: now },
      })
      .run();
    return { saved, removed, version };
  });
}

/**
 * The area, if this actor may write it. The scope is in the WHERE clause: for an official the
 * query can only ever match their own area; without the permission it matches nothing.
 */
export function findWritableArea(tx: Tx, actor: Actor, areaCode: string, permission: "values.write" | "targets.write") {
  const scope = !can(actor, permission)
    ? sql`0`
    : can(actor, "areas.write_any")
      ? undefined
      : eq(areas.id, actor.areaId ?? -1);
  const area = tx
    .select({ id: areas.id })
    .from(areas)
    .where(and(eq(areas.code, areaCode), eq(areas.status, "active"), scope))
    .get();
  if (area) return area;
  const exists = tx.select({ id: areas.id }).from(areas).where(eq(areas.code, areaCode)).get();
  throw exists ? new AppError("forbidden", "not_your_area") : new AppError("not_found", "area_not_found");
}

function upsertValue(
  tx: Tx,
  v: { areaId: number; key: string; year: number; value: number; note: string | null; flagged: boolean; source: string | null; userId: number; now: Date },
) {
  tx.insert(indicatorValues)
    .values({
      areaId: v.areaId,
      indicatorKey: v.key,
      year: v.year,
      value: v.value,
      note: v.note,
      source: v.source,
      flagged: v.flagged,
      isDemo: false,
      updatedBy: v.userId,
      updatedAt: v.now,
      version: 1,
    })
    .onConflictDoUpdate({
      target: [indicatorValues.areaId, indicatorValues.indicatorKey, indicatorValues.year],
      set: {
        value: v.value,
        note: v.note,
        source: v.source,
        flagged: v.flagged,
        isDemo: false,
        updatedBy: v.userId,
        updatedAt: v.now,
        version: sql`${indicatorValues.version} + 1`,
      },
    })
    .run();
}

function deleteValue(tx: Tx, areaId: number, key: string, year: number) {
  tx.delete(indicatorValues)
    .where(and(eq(indicatorValues.areaId, areaId), eq(indicatorValues.indicatorKey, key), eq(indicatorValues.year, year)))
    .run();
}

/** Derived indicators follow their inputs: recomputed for each year whose inputs may have changed. */
function recomputeDerived(tx: Tx, areaId: number, years: number[], userId: number, now: Date) {
  const derived = tx
    .select({ key: indicators.key, decimals: indicators.decimals })
    .from(indicators)
    .where(sql`${indicators.derivation} is not null`)
    .all();
  if (derived.length === 0) return;
  const rows = tx
    .select({ key: indicatorValues.indicatorKey, year: indicatorValues.year, value: indicatorValues.value })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.areaId, areaId), between(indicatorValues.year, Math.min(...years) - 1, Math.max(...years))))
    .all();
  const lookup = new Map(rows.map((r) => [`${r.key}:${r.year}`, r.value]));
  const valueOf = (key: string, year: number) => lookup.get(`${key}:${year}`);

  for (const year of years) {
    const computed = computeDerivedForYear(year, valueOf);
    for (const { key, decimals } of derived) {
      const value = computed[key];
      const before = valueOf(key, year);
      if (value === undefined) continue;
      if (value === null) {
        if (before !== undefined) deleteValue(tx, areaId, key, year);
        continue;
      }
      const rounded = Number(value.toFixed(decimals));
      if (before === rounded) continue;
      upsertValue(tx, { areaId, key, year, value: rounded, note: null, flagged: false, source: "derived", userId, now });
    }
  }
}
