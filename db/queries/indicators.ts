import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { indicators } from "@/db/schema";
import { memoUntilWrite } from "./memo";

function readCatalogue() {
  return getDb().select().from(indicators).orderBy(asc(indicators.sortOrder)).all();
}

export type IndicatorDef = ReturnType<typeof readCatalogue>[number];

/**
 * The whole catalogue in display order. Most pages read it, some twice, and it changes only when
 * the reference data is seeded again, so it is read once and kept until the next write. Shared by
 * every request, hence frozen.
 */
export function listIndicators(): readonly IndicatorDef[] {
  return memoUntilWrite("indicators", "catalogue", () => Object.freeze(readCatalogue().map((i) => Object.freeze(i))));
}
