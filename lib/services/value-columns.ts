import "server-only";
import {
  inOneSnapshot,
  readIndicatorValueVersions,
  readValueColumns,
  readValuesColumn,
  type IndicatorValueVersions,
  type ValueColumns,
} from "@/db/queries/value-columns";
import { perIndicatorEntries } from "./cache";

// The values of each indicator, every area and every year from a first year on, kept in memory as
// three typed columns and read again only when that indicator's values change. A composite reads
// every scored indicator of every member over its window, and reading those values from SQLite was
// most of its time; after an edit or a submission, which touch a few indicators, only those are read
// again. After an import, which changes values but adds or removes few rows, only the values are read
// again: the area and year columns stay while the rows do.

export type { ValueColumns };

const kept = perIndicatorEntries<IndicatorValueVersions & { columns: ValueColumns }>("value-columns");

/** The kept columns with their values read again, or null when the rows no longer line up with them. */
function withValuesReadAgain(columns: ValueColumns, indicatorKey: string, from: number): ValueColumns | null {
  const values = readValuesColumn(indicatorKey, from);
  return values.length === columns.values.length ? { areaIds: columns.areaIds, years: columns.years, values } : null;
}

/**
 * Each indicator's values of every area in `from` and later years, read from the database only if
 * they changed since last asked. Callers pass one first year (the scoring window's), or few.
 */
export function valueColumns(indicatorKeys: readonly string[], from: number): Map<string, ValueColumns> {
  return inOneSnapshot(() => keptColumns(indicatorKeys, from));
}

function keptColumns(indicatorKeys: readonly string[], from: number): Map<string, ValueColumns> {
  const current = readIndicatorValueVersions();
  const out = new Map<string, ValueColumns>();
  for (const key of indicatorKeys) {
    const { version, rowsVersion } = current.get(key) ?? { version: 0, rowsVersion: 0 };
    let entry = kept.get(`${from}:${key}`);
    if (!entry || entry.version !== version) {
      const sameRows = entry && entry.rowsVersion === rowsVersion ? withValuesReadAgain(entry.columns, key, from) : null;
      entry = { version, rowsVersion, columns: sameRows ?? readValueColumns(key, from) };
      kept.set(`${from}:${key}`, entry);
    }
    out.set(key, entry.columns);
  }
  return out;
}
