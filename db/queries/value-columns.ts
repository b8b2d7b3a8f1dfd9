import "server-only";
import { getDb } from "@/db/client";

// The values of each indicator, every area and every year from a first year on, kept in memory as
// three typed columns and read again only when that indicator's values change (its counter in
// indicator_value_versions, moved by triggers from any connection). A composite reads every scored
// indicator of every member over its window, some 310,000 values at 3,000 areas, and reading them
// from SQLite was two thirds of its time; after an edit or a submission, which touch a few
// indicators, only those are read again.
// From 2020 on, at 3,000 areas × 28 indicators, the columns take about 7 MB (14 bytes a value).

export type ValueColumns = { areaIds: Int32Array; years: Int16Array; values: Float64Array };

const kept = new Map<string, { version: number; columns: ValueColumns }>();

function versions(): Map<string, number> {
  const rows = getDb().$client.prepare("select indicator_key as key, version from indicator_value_versions").all() as { key: string; version: number }[];
  return new Map(rows.map((r) => [r.key, r.version]));
}

function readColumns(indicatorKey: string, from: number): ValueColumns {
  const rows = getDb().$client.prepare("select area_id, year, value from indicator_values where indicator_key = ? and year >= ?").raw().all(indicatorKey, from) as [number, number, number][];
  const columns = { areaIds: new Int32Array(rows.length), years: new Int16Array(rows.length), values: new Float64Array(rows.length) };
  rows.forEach(([areaId, year, value], i) => {
    columns.areaIds[i] = areaId;
    columns.years[i] = year;
    columns.values[i] = value;
  });
  return columns;
}

/**
 * Each indicator's values of every area in `from` and later years, read from the database only if
 * they changed since last asked. Callers pass one first year (the scoring window's), or few.
 */
export function valueColumns(indicatorKeys: readonly string[], from: number): Map<string, ValueColumns> {
  const current = versions();
  const out = new Map<string, ValueColumns>();
  for (const key of indicatorKeys) {
    const version = current.get(key) ?? 0;
    let entry = kept.get(`${from}:${key}`);
    if (!entry || entry.version !== version) {
      entry = { version, columns: readColumns(key, from) };
      kept.set(`${from}:${key}`, entry);
    }
    out.set(key, entry.columns);
  }
  return out;
}
