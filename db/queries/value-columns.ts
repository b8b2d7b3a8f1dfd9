import "server-only";
import { getDb, type Db } from "@/db/client";
import { preparedOnce } from "./prepared";

// The values of one indicator, every area and every year from a first year on, as three typed
// columns: what lib/services/value-columns.ts keeps in memory, and the counters it keeps them against
// (indicator_value_versions, moved by triggers from any connection).

export type ValueColumns = { areaIds: Int32Array; years: Int16Array; values: Float64Array };

/** `version` moves on every write of the indicator's values; `rowsVersion` only when a row is added, removed or re-keyed. */
export type IndicatorValueVersions = { version: number; rowsVersion: number };

// One row for the indicator: SQLite writes each column as a JSON array and JSON.parse reads it in one
// call, faster than building a JS array for each of its rows. JSON keeps every double exact: SQLite
// writes 17 significant digits. The index names the row order, the same in both reads, so values read
// alone line up with the area and year columns read before.
const ROWS = "from indicator_values indexed by values_indicator_year_cover_idx where indicator_key = ? and year >= ?";
type RowsArgs = [indicatorKey: string, from: number];

const columnQueries = new WeakMap<Db["$client"], ReturnType<typeof prepareColumnQueries>>();

function prepareColumnQueries(sqlite: Db["$client"]) {
  return {
    versions: sqlite.prepare<[], IndicatorValueVersions & { key: string }>("select indicator_key as key, version, rows_version as rowsVersion from indicator_value_versions"),
    columns: sqlite.prepare<RowsArgs, string[]>(`select json_group_array(area_id), json_group_array(year), json_group_array(value) ${ROWS}`).raw(),
    values: sqlite.prepare<RowsArgs, string>(`select json_group_array(value) ${ROWS}`).pluck(),
  };
}

const queries = () => preparedOnce(columnQueries, getDb().$client, prepareColumnQueries);

/** Every indicator's counters; an indicator never written has none. */
export function readIndicatorValueVersions(): Map<string, IndicatorValueVersions> {
  return new Map(queries().versions.all().map((r) => [r.key, r]));
}

/** The indicator's values of every area in `from` and later years. */
export function readValueColumns(indicatorKey: string, from: number): ValueColumns {
  const [areaIds, years, values] = queries().columns.get(indicatorKey, from)!;
  return {
    areaIds: new Int32Array(JSON.parse(areaIds!) as number[]),
    years: new Int16Array(JSON.parse(years!) as number[]),
    values: new Float64Array(JSON.parse(values!) as number[]),
  };
}

/** The values column alone, in the same row order as readValueColumns. */
export function readValuesColumn(indicatorKey: string, from: number): Float64Array {
  return new Float64Array(JSON.parse(queries().values.get(indicatorKey, from)!) as number[]);
}

/**
 * Runs `read` in one read transaction: the counters and the rows it reads come from the same
 * snapshot, so a write by another connection in between cannot pair new values with old rows.
 */
export function inOneSnapshot<T>(read: () => T): T {
  return getDb().$client.transaction(read)();
}
