import "server-only";
import { and, asc, between, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { areaYears, indicators, indicatorValues } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { computeDerivedForYear } from "@/lib/domain/derived";
import { AppError } from "@/lib/errors";
import { findScopedArea } from "./areas";
import { audit, type Tx } from "./audit-write";
import { preparedOnce } from "./prepared";

// The reads every request about one area makes (its page, its values and progress), prepared once
// per connection: building and compiling them anew on every request cost more than running them.
const areaValuesQueries = new WeakMap<Db, ReturnType<typeof prepareAreaValues>>();
const areaSeriesQueries = new WeakMap<Db, ReturnType<typeof prepareAreaSeries>>();

/** A stored value as the reads hand it on: the indicator and year, the figure, and what is known about it. */
export const storedValueColumns = {
  indicatorKey: indicatorValues.indicatorKey,
  year: indicatorValues.year,
  value: indicatorValues.value,
  note: indicatorValues.note,
  source: indicatorValues.source,
  flagged: indicatorValues.flagged,
  isDemo: indicatorValues.isDemo,
};

function prepareAreaValues(db: Db) {
  const p = sql.placeholder;
  return db
    .select(storedValueColumns)
    .from(indicatorValues)
    .where(and(eq(indicatorValues.areaId, p("areaId")), between(indicatorValues.year, p("from"), p("to"))))
    .orderBy(asc(indicatorValues.indicatorKey), asc(indicatorValues.year))
    .prepare();
}

export type AreaSeriesPoint = { indicatorKey: string; year: number; value: number };

// better-sqlite3's own statement, as value-columns.ts reads: the rows come out as the objects the
// callers use, without drizzle's mapping of each row, which weighed as much as the read itself.
function prepareAreaSeries(db: Db) {
  return db.$client.prepare<[areaId: number, to: number], AreaSeriesPoint>(
    "select indicator_key as indicatorKey, year, value from indicator_values where area_id = ? and year <= ? order by indicator_key, year",
  );
}

export function getAreaValues(areaId: number, range: { from?: number; to?: number } = {}) {
  return preparedOnce(areaValuesQueries, getDb(), prepareAreaValues).all({ areaId, from: range.from ?? 1900, to: range.to ?? 2200 });
}

/**
 * An area's values as bare points (indicator, year, value), which is all its charts and its progress
 * read: a third of the columns of getAreaValues, and no dates to build for every row.
 */
export function getAreaSeries(areaId: number, range: { to?: number } = {}): AreaSeriesPoint[] {
  return preparedOnce(areaSeriesQueries, getDb(), prepareAreaSeries).all(areaId, range.to ?? 2200);
}

/** What the entry form needs for one area-year: this year's and last year's values and the version to guard the save. */
export function getYearEntryContext(areaId: number, year: number) {
  const db = getDb();
  const rows = db
    .select(storedValueColumns)
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
    previousSource: mostCommonSource(rows.filter((r) => r.year === year - 1)),
    current: Object.fromEntries(rows.filter((r) => r.year === year).map((r) => [r.indicatorKey, r])),
    previous: Object.fromEntries(rows.filter((r) => r.year === year - 1).map((r) => [r.indicatorKey, r.value])) as Record<
      string,
      number | undefined
    >,
  };
}

/** The source most of a year's entered values name (computed values carry "derived"), or "" when none does. */
function mostCommonSource(rows: { source: string | null }[]): string {
  const counts = new Map<string, number>();
  for (const { source } of rows) if (source && source !== "derived") counts.set(source, (counts.get(source) ?? 0) + 1);
  let best = "";
  for (const [source, n] of counts) if (n > (counts.get(best) ?? 0)) best = source;
  return best;
}

/**
 * Last year's values of an area-year, which the checks of a save compare with, read through the
 * writer's scope: for an area this actor may not write it refuses (not_your_area, area_not_found)
 * before any of the area's values are read. A year that is not a whole number has no values.
 */
export function getPreviousValuesForWriter(actor: Actor, areaCode: string, year: number): Record<string, number | undefined> {
  return getDb().transaction((tx) => {
    const area = findScopedArea(tx, actor, areaCode, "values.write");
    return Number.isInteger(year) ? getYearEntryContext(area.id, year).previous : {};
  });
}

/** True while any demo value remains: the UI then shows the demo-data banner. */
export function hasDemoValues(): boolean {
  // Answered from the partial index values_demo_idx (is_demo = 1), not by a scan of every value.
  return !!getDb().select({ one: sql`1` }).from(indicatorValues).where(eq(indicatorValues.isDemo, true)).limit(1).get();
}

export type SaveYearEntryParams = {
  actor: Actor;
  areaCode: string;
  year: number;
  /** The area-year's version when the form was opened; a save against a newer one is refused. */
  expectedVersion: number;
  source: string;
  entries: YearEntries;
};

export type YearEntries = Record<string, { value: number | null; note: string; flagged: boolean }>;

/**
 * Save one area-year atomically. The actor's right to write this area is part of the query:
 * an official's save of another area finds nothing to write and is refused.
 */
export function saveYearEntry(params: SaveYearEntryParams) {
  return getDb().transaction((tx) => {
    const area = findScopedArea(tx, params.actor, params.areaCode, "values.write");
    return applyYearEntry(tx, { ...params, areaId: area.id });
  });
}

/**
 * The write of one area-year inside the caller's transaction (the form and the spreadsheet import
 * share it): refuses locked years and stale versions, writes and audits each changed value,
 * recomputes derived indicators, and moves the area-year's version on.
 */
export function applyYearEntry(
  tx: Tx,
  params: { actor: Actor; areaId: number; areaCode: string; year: number; expectedVersion: number | null; source: string; entries: YearEntries },
) {
  const { actor, areaId, areaCode, year } = params;
  const reads = yearEntryReads(tx);
  const current = reads.state.get({ areaId, year });
  // Submitted and approved years are frozen until an evaluator returns or reopens them.
  if (current?.status === "approved") throw new AppError("conflict", "year_approved");
  if (current?.status === "submitted") throw new AppError("conflict", "year_submitted");
  if (params.expectedVersion !== null && (current?.version ?? 0) !== params.expectedVersion) {
    throw new AppError("conflict", "changed_since_opened");
  }

  const existing = new Map(reads.values.all({ areaId, year }).map((r) => [r.key, r]));

  let saved = 0;
  let removed = 0;
  const ctx = { areaId, areaCode, year, actorId: actor.id, now: new Date() };
  for (const [key, entry] of Object.entries(params.entries)) {
    const before = existing.get(key) ?? null;
    const note = entry.note.trim() || null;
    if (entry.value === null) {
      if (before) {
        deleteValue(tx, ctx, key, before);
        removed++;
      }
      continue;
    }
    if (before && before.value === entry.value && (before.note ?? null) === note) continue;
    writeValue(tx, ctx, key, { value: entry.value, note, flagged: entry.flagged, source: params.source || null }, before);
    saved++;
  }
  if (saved + removed === 0) return { saved, removed, version: current?.version ?? 0 };

  recomputeDerived(tx, ctx, [year, year + 1]);

  const version = (current?.version ?? 0) + 1;
  reads.saveVersion.run({ areaId, year, version, updatedBy: actor.id, updatedAt: ctx.now });
  return { saved, removed, version };
}

// An import applies thousands of area-years in one transaction: their reads and the version write
// are prepared once per transaction, as the value writes are, rather than built anew for each.
const yearEntryStatements = new WeakMap<Tx, ReturnType<typeof prepareYearEntry>>();
const yearEntryReads = (tx: Tx) => preparedOnce(yearEntryStatements, tx, prepareYearEntry);

function prepareYearEntry(tx: Tx) {
  const p = sql.placeholder;
  const v = indicatorValues;
  return {
    state: tx
      .select({ version: areaYears.version, status: areaYears.status })
      .from(areaYears)
      .where(and(eq(areaYears.areaId, p("areaId")), eq(areaYears.year, p("year"))))
      .prepare(),
    values: tx
      .select({ key: v.indicatorKey, value: v.value, note: v.note, source: v.source })
      .from(v)
      .where(and(eq(v.areaId, p("areaId")), eq(v.year, p("year"))))
      .prepare(),
    // Version and updatedAt take the same placeholder in the insert and in the update.
    saveVersion: tx
      .insert(areaYears)
      .values({ areaId: p("areaId"), year: p("year"), version: p("version"), updatedBy: p("updatedBy"), updatedAt: p("updatedAt") })
      .onConflictDoUpdate({
        target: [areaYears.areaId, areaYears.year],
        set: { version: sql`excluded.version`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`excluded.updated_at` },
      })
      .prepare(),
    derived: tx.select({ key: indicators.key, decimals: indicators.decimals }).from(indicators).where(sql`${indicators.derivation} is not null`).prepare(),
    window: tx
      .select({ key: v.indicatorKey, year: v.year, value: v.value, note: v.note })
      .from(v)
      .where(and(eq(v.areaId, p("areaId")), between(v.year, p("from"), p("to"))))
      .prepare(),
  };
}

type WriteContext = { areaId: number; areaCode: string; year: number; actorId: number; now: Date };
type StoredValue = { value: number; note: string | null; source?: string | null };

function writeValue(
  tx: Tx,
  ctx: WriteContext,
  key: string,
  next: { value: number; note: string | null; flagged: boolean; source: string | null },
  before: StoredValue | null,
  year = ctx.year,
) {
  valueUpsert(tx).run({ areaId: ctx.areaId, indicatorKey: key, year, ...next, updatedBy: ctx.actorId, updatedAt: ctx.now });
  audit(tx, {
    actorId: ctx.actorId,
    action: before ? "update" : "create",
    entity: "value",
    entityKey: `${ctx.areaCode}/${key}/${year}`,
    areaId: ctx.areaId,
    indicatorKey: key,
    year,
    old: before ? { value: before.value, note: before.note } : null,
    new: { value: next.value, note: next.note, flagged: next.flagged, source: next.source },
  });
}

function deleteValue(tx: Tx, ctx: WriteContext, key: string, before: StoredValue, year = ctx.year) {
  valueDelete(tx).run({ areaId: ctx.areaId, indicatorKey: key, year });
  audit(tx, {
    actorId: ctx.actorId,
    action: "delete",
    entity: "value",
    entityKey: `${ctx.areaCode}/${key}/${year}`,
    areaId: ctx.areaId,
    indicatorKey: key,
    year,
    old: { value: before.value, note: before.note },
  });
}

// The write and delete of one value, prepared once per transaction: an import runs them thousands of
// times, and building each statement anew cost more than executing it.
const valueUpserts = new WeakMap<Tx, ReturnType<typeof prepareValueUpsert>>();
const valueUpsert = (tx: Tx) => preparedOnce(valueUpserts, tx, prepareValueUpsert);
const valueDeletes = new WeakMap<Tx, ReturnType<typeof prepareValueDelete>>();
const valueDelete = (tx: Tx) => preparedOnce(valueDeletes, tx, prepareValueDelete);

function prepareValueUpsert(tx: Tx) {
  const p = sql.placeholder;
  // On conflict the row takes the values this insert proposed (SQLite's `excluded` row).
  const proposed = (column: { name: string }) => sql`excluded.${sql.identifier(column.name)}`;
  const v = indicatorValues;
  return tx
    .insert(v)
    .values({
      areaId: p("areaId"),
      indicatorKey: p("indicatorKey"),
      year: p("year"),
      value: p("value"),
      note: p("note"),
      flagged: p("flagged"),
      source: p("source"),
      updatedBy: p("updatedBy"),
      updatedAt: p("updatedAt"),
      isDemo: false,
      version: 1,
    })
    .onConflictDoUpdate({
      target: [v.areaId, v.indicatorKey, v.year],
      set: {
        value: proposed(v.value),
        note: proposed(v.note),
        flagged: proposed(v.flagged),
        source: proposed(v.source),
        updatedBy: proposed(v.updatedBy),
        updatedAt: proposed(v.updatedAt),
        isDemo: false,
        version: sql`${v.version} + 1`,
      },
    })
    .prepare();
}

function prepareValueDelete(tx: Tx) {
  const p = sql.placeholder;
  return tx
    .delete(indicatorValues)
    .where(and(eq(indicatorValues.areaId, p("areaId")), eq(indicatorValues.indicatorKey, p("indicatorKey")), eq(indicatorValues.year, p("year"))))
    .prepare();
}

/** Derived indicators follow their inputs: recomputed for each year whose inputs may have changed. */
function recomputeDerived(tx: Tx, ctx: WriteContext, years: number[]) {
  const reads = yearEntryReads(tx);
  const derived = reads.derived.all();
  if (derived.length === 0) return;
  const rows = reads.window.all({ areaId: ctx.areaId, from: Math.min(...years) - 1, to: Math.max(...years) });
  const lookup = new Map(rows.map((r) => [`${r.key}:${r.year}`, r]));
  const valueOf = (key: string, year: number) => lookup.get(`${key}:${year}`)?.value;

  for (const year of years) {
    const computed = computeDerivedForYear(year, valueOf);
    for (const { key, decimals } of derived) {
      const value = computed[key];
      const before = lookup.get(`${key}:${year}`) ?? null;
      if (value === undefined) continue;
      if (value === null) {
        if (before) deleteValue(tx, ctx, key, before, year);
        continue;
      }
      const rounded = Number(value.toFixed(decimals));
      if (before?.value === rounded) continue;
      writeValue(tx, ctx, key, { value: rounded, note: null, flagged: false, source: "derived" }, before, year);
    }
  }
}
