import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { indicators, seriesBreaks } from "@/db/schema";
import type { SeriesBreak } from "@/lib/domain/series-break";

/** The whole catalogue in display order (lib/services/kept-reads.ts keeps it for the pages). */
export function listIndicators() {
  return getDb().select().from(indicators).orderBy(asc(indicators.sortOrder)).all();
}

export type IndicatorDef = ReturnType<typeof listIndicators>[number];

/** Every series break, earliest first (reference data: db/seed/series-breaks.ts). */
export function listSeriesBreaks(): SeriesBreak[] {
  return getDb().select().from(seriesBreaks).orderBy(asc(seriesBreaks.fromYear)).all();
}
