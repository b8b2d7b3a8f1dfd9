import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areaYears, nationalReferences, planPeriods } from "@/db/schema";
import type { PlanPeriod } from "@/lib/domain/plan";

/** Every plan period, earliest first (lib/services/kept-reads.ts keeps them for the pages). */
export function listPlanPeriods(): PlanPeriod[] {
  return getDb().select().from(planPeriods).orderBy(asc(planPeriods.targetYear)).all();
}

/** The national references of one plan period, by indicator; a row without a value: none was published. */
export function listNationalReferences(period: string) {
  return getDb().select().from(nationalReferences).where(eq(nationalReferences.period, period)).all();
}

export type NationalReferenceRow = ReturnType<typeof listNationalReferences>[number];

/** The years of one area an evaluator has approved. */
export function listApprovedYears(areaId: number): number[] {
  return getDb()
    .select({ year: areaYears.year })
    .from(areaYears)
    .where(and(eq(areaYears.areaId, areaId), eq(areaYears.status, "approved")))
    .all()
    .map((r) => r.year);
}
