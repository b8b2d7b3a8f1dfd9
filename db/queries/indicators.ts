import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { indicators } from "@/db/schema";

/** The whole catalogue in display order (lib/services/kept-reads.ts keeps it for the pages). */
export function listIndicators() {
  return getDb().select().from(indicators).orderBy(asc(indicators.sortOrder)).all();
}

export type IndicatorDef = ReturnType<typeof listIndicators>[number];
