import "server-only";
import { getDb, type Db } from "@/db/client";
import { processWide } from "@/lib/process-wide";
import { preparedOnce } from "./prepared";

// The values of each indicator, every area and every year from a first year on, kept in memory as
// three typed columns and read again only when that indicator's values change (its counters in
// indicator_value_versions, moved by triggers from any connection). A composite reads every scored
// indicator of every member over its window, some 310,000 values at 3,000 areas, and reading them
// from SQLite was two thirds of its time; after an edit or a submission, which touch a few
// indicators, only those are read again. After an import, which changes values but adds or removes
// few rows, only the values are read again: the area and year columns stay while the rows do.
// From 2020 on, at 3,000 areas × 28 indicators, the columns take about 7 MB (14 bytes a value).

export type ValueColumns = { areaIds: Int32Array; years: Int16Array; values: Float64Array };

type Versions = { version: number; rowsVersion: number };

const kept = processWide("value-columns", () => new Map<string, Versions & { columns: ValueColumns }>());

// One row for the indicator: SQLite writes each column as a JSON array and JSON.parse reads it in one
// call. Building a JS array for each of its ~18,000 rows instead took 40% longer. JSON keeps every
// double exact: SQLite writes 17 significant digits. The index names the row order, the same in
// both reads, so values read alone line up with the area and year columns read before.
const ROWS = "from indicator_values indexed by values_indicator_year_cover_idx where indicator_key = ? and year >= ?";
type RowsArgs = [indicatorKey: string, from: number];

const columnQueries = new WeakMap<Db["$client"], ReturnType<typeof prepareColumnQueries>>();

function prepareColumnQueries(sqlite: Db["$client"]) {
  return {
    versions: sqlite.prepare<[], Versions & { key: string }>("select indicator_key as key, version, rows_version as rowsVersion from indicator_value_versions"),
    columns: sqlite.prepare<RowsArgs, string[]>(`select json_group_array(area_id), json_group_array(year), json_group_array(value) ${ROWS}`).raw(),
    values: sqlite.prepare<RowsArgs, string>(`select json_group_array(value) ${ROWS}`).pluck(),
  };
}

const queries = () => preparedOnce(columnQueries, getDb().$client, prepareColumnQueries);

function versions(): Map<string, Versions> {
  return new Map(queries().versions.all().map((r) => [r.key, r]));
}

function readColumns(indicatorKey: string, from: number): ValueColumns {
  const [areaIds, years, values] = queries().columns.get(indicatorKey, from)!;
  return {
    areaIds: new Int32Array(JSON.parse(areaIds!) as number[]),
    years: new Int16Array(JSON.parse(years!) as number[]),
    values: new Float64Array(JSON.parse(values!) as number[]),
  };
}

function readValues(indicatorKey: string, from: number): Float64Array {
  return new Float64Array(JSON.parse(queries().values.get(indicatorKey, from)!) as number[]);
}

/** The kept columns with their values read again, or null when the rows no longer line up with them. */
function withValuesReadAgain(columns: ValueColumns, indicatorKey: string, from: number): ValueColumns | null {
  const values = readValues(indicatorKey, from);
  return values.length === columns.values.length ? { areaIds: columns.areaIds, years: columns.years, values } : null;
}

/**
 * Each indicator's values of every area in `from` and later years, read from the database only if
 * they changed since last asked. Callers pass one first year (the scoring window's), or few.
 */
export function valueColumns(indicatorKeys: readonly string[], from: number): Map<string, ValueColumns> {
  // One read transaction: the counters and the rows come from the same snapshot, so a write by
  // another connection in between cannot pair new values with the old rows.
  return getDb().$client.transaction(() => keptColumns(indicatorKeys, from))();
}

function keptColumns(indicatorKeys: readonly string[], from: number): Map<string, ValueColumns> {
  const current = versions();
  const out = new Map<string, ValueColumns>();
  for (const key of indicatorKeys) {
    const { version, rowsVersion } = current.get(key) ?? { version: 0, rowsVersion: 0 };
    let entry = kept.get(`${from}:${key}`);
    if (!entry || entry.version !== version) {
      const sameRows = entry && entry.rowsVersion === rowsVersion ? withValuesReadAgain(entry.columns, key, from) : null;
      entry = { version, rowsVersion, columns: sameRows ?? readColumns(key, from) };
      kept.set(`${from}:${key}`, entry);
    }
    out.set(key, entry.columns);
  }
  return out;
}
