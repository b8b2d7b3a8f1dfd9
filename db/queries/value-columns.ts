import "server-only";
import type { Statement } from "better-sqlite3";
import { getDb, type Db } from "@/db/client";
import { preparedOnce } from "./prepared";

// The values of each indicator, every area and every year from a first year on, kept in memory as
// three typed columns and read again only when that indicator's values change (its counter in
// indicator_value_versions, moved by triggers from any connection). A composite reads every scored
// indicator of every member over its window, some 310,000 values at 3,000 areas, and reading them
// from SQLite was two thirds of its time; after an edit or a submission, which touch a few
// indicators, only those are read again.
// From 2020 on, at 3,000 areas × 28 indicators, the columns take about 7 MB (14 bytes a value).

export type ValueColumns = { areaIds: Int32Array; years: Int16Array; values: Float64Array };

const kept = new Map<string, { version: number; columns: ValueColumns }>();

type Sqlite = Db["$client"];
const versionQueries = new WeakMap<Sqlite, Statement<[], { key: string; version: number }>>();
const columnQueries = new WeakMap<Sqlite, Statement<[indicatorKey: string, from: number], string[]>>();

function versions(): Map<string, number> {
  const sqlite = getDb().$client;
  const rows = preparedOnce(versionQueries, sqlite, (db) => db.prepare<[], { key: string; version: number }>("select indicator_key as key, version from indicator_value_versions")).all();
  return new Map(rows.map((r) => [r.key, r.version]));
}

// One row for the indicator: SQLite writes the three columns as JSON arrays, in the same row order,
// and JSON.parse reads each in one call. Building a JS array for each of its ~18,000 rows instead
// took 40% longer. JSON keeps every double exact: SQLite writes 17 significant digits.
function prepareColumns(sqlite: Sqlite) {
  return sqlite
    .prepare<[indicatorKey: string, from: number], string[]>(
      "select json_group_array(area_id), json_group_array(year), json_group_array(value) from indicator_values where indicator_key = ? and year >= ?",
    )
    .raw();
}

function readColumns(indicatorKey: string, from: number): ValueColumns {
  const [areaIds, years, values] = preparedOnce(columnQueries, getDb().$client, prepareColumns).get(indicatorKey, from)!;
  return {
    areaIds: new Int32Array(JSON.parse(areaIds!) as number[]),
    years: new Int16Array(JSON.parse(years!) as number[]),
    values: new Float64Array(JSON.parse(values!) as number[]),
  };
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
