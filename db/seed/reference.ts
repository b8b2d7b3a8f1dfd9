import { getTableColumns, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { areas, indicators } from "@/db/schema";
import { AREAS } from "./areas";
import { catalogueRows } from "./indicators";

export type SeedReferenceResult = { indicators: number; areasInserted: number };

// Every definition column of the catalogue: the catalogue is code-owned, so a restart re-applies it.
const catalogueUpdate = Object.fromEntries(
  Object.entries(getTableColumns(indicators))
    .filter(([, column]) => column.name !== indicators.key.name)
    .map(([field, column]) => [field, sql`excluded.${sql.identifier(column.name)}`]),
);

/**
 * Applies the reference data: upserts the indicator catalogue and adds any of the 40 areas whose
 * code is missing. Areas already present are left alone — they are editable data. Idempotent.
 */
export function seedReference(db: Db): SeedReferenceResult {
  const rows = catalogueRows();
  return db.transaction((tx) => {
    tx.insert(indicators).values(rows).onConflictDoUpdate({ target: indicators.key, set: catalogueUpdate }).run();
    const inserted = tx.insert(areas).values(AREAS).onConflictDoNothing({ target: areas.code }).run();
    return { indicators: rows.length, areasInserted: inserted.changes };
  });
}
