import "server-only";
import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, areaYears, gradeDecisions, indicators, indicatorValues, targets, users, type SubmissionStatus } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Grade } from "@/lib/domain/summary/grades";
import { AppError } from "@/lib/errors";
import type { GradeDecisionInput } from "@/lib/validations/assessments";
import { findScopedArea } from "./areas";
import { audit } from "./audit-write";

// Reads behind the annual evaluation summary and the national overview, and the one write of the
// overview: an evaluator's decision on a proposed grade.

/** Distinct years with any value, from `from` on, ascending (a scan of every value). */
export function listDataYears(from: number): number[] {
  return getDb()
    .selectDistinct({ year: indicatorValues.year })
    .from(indicatorValues)
    .where(gte(indicatorValues.year, from))
    .orderBy(asc(indicatorValues.year))
    .all()
    .map((r) => r.year);
}

/** The indicator keys one area reported for one year. */
export function listReportedKeys(areaId: number, year: number): string[] {
  return getDb()
    .select({ key: indicatorValues.indicatorKey })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.areaId, areaId), eq(indicatorValues.year, year)))
    .all()
    .map((r) => r.key);
}

/** Whether any of the area's values for the year is a demonstration value. */
export function hasDemoValuesFor(areaId: number, year: number): boolean {
  return !!getDb()
    .select({ one: sql<number>`1` })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.areaId, areaId), eq(indicatorValues.year, year), eq(indicatorValues.isDemo, true)))
    .limit(1)
    .get();
}

/** Per active area: how many indicators it reported for the year. */
export function countReportedByArea(year: number): Map<number, number> {
  const rows = getDb()
    .select({ areaId: indicatorValues.areaId, n: sql<number>`count(*)` })
    .from(indicatorValues)
    .where(eq(indicatorValues.year, year))
    .groupBy(indicatorValues.areaId)
    .all();
  return new Map(rows.map((r) => [r.areaId, r.n]));
}

export function countIndicators(): number {
  return getDb().select({ n: sql<number>`count(*)` }).from(indicators).get()?.n ?? 0;
}

/** Per area: the submission state of the year (a year never saved is a draft). */
export function listApprovalStates(year: number): Map<number, SubmissionStatus> {
  const rows = getDb().select({ areaId: areaYears.areaId, status: areaYears.status }).from(areaYears).where(eq(areaYears.year, year)).all();
  return new Map(rows.map((r) => [r.areaId, r.status]));
}

const decisionColumns = {
  areaId: gradeDecisions.areaId,
  year: gradeDecisions.year,
  proposedGrade: gradeDecisions.proposedGrade,
  finalGrade: gradeDecisions.finalGrade,
  reason: gradeDecisions.reason,
  decidedAt: gradeDecisions.decidedAt,
  decidedByName: users.name,
};

/** Every grade decision up to a year (for the consecutive-poor flags), by area and year. */
export function listGradeDecisions(upToYear: number) {
  return getDb()
    .select(decisionColumns)
    .from(gradeDecisions)
    .innerJoin(users, eq(users.id, gradeDecisions.decidedBy))
    .where(lte(gradeDecisions.year, upToYear))
    .orderBy(asc(gradeDecisions.areaId), asc(gradeDecisions.year))
    .all();
}

export type GradeDecisionRow = ReturnType<typeof listGradeDecisions>[number];

/** One area's grade decisions up to a year (its summary's consecutive-poor rule). */
export function listAreaGradeDecisions(areaId: number, upToYear: number) {
  return getDb()
    .select({ areaId: gradeDecisions.areaId, year: gradeDecisions.year, finalGrade: gradeDecisions.finalGrade })
    .from(gradeDecisions)
    .where(and(eq(gradeDecisions.areaId, areaId), lte(gradeDecisions.year, upToYear)))
    .orderBy(asc(gradeDecisions.year))
    .all();
}

export function getGradeDecision(areaId: number, year: number): GradeDecisionRow | undefined {
  return getDb()
    .select(decisionColumns)
    .from(gradeDecisions)
    .innerJoin(users, eq(users.id, gradeDecisions.decidedBy))
    .where(and(eq(gradeDecisions.areaId, areaId), eq(gradeDecisions.year, year)))
    .get();
}

/**
 * Values (of indicators targeted in some plan period only) and targets (each with its period) of these
 * areas, if active, grouped by area: what their progress in all years is computed from, in two queries.
 */
export function listProgressInputs(areaIds: readonly number[]) {
  const db = getDb();
  const values = db
    .select({ areaId: indicatorValues.areaId, indicatorKey: indicatorValues.indicatorKey, year: indicatorValues.year, value: indicatorValues.value })
    .from(indicatorValues)
    .innerJoin(areas, eq(areas.id, indicatorValues.areaId))
    // Values of indicators targeted in any period, once each.
    .where(
      and(
        eq(areas.status, "active"),
        inArray(indicatorValues.areaId, [...areaIds]),
        sql`exists (select 1 from ${targets} where ${targets.areaId} = ${indicatorValues.areaId} and ${targets.indicatorKey} = ${indicatorValues.indicatorKey})`,
      ),
    )
    .all();
  const allTargets = db
    .select({ areaId: targets.areaId, indicatorKey: targets.indicatorKey, period: targets.period, kind: targets.kind, value: targets.value, baseYear: targets.baseYear, targetYear: targets.targetYear })
    .from(targets)
    .innerJoin(areas, eq(areas.id, targets.areaId))
    .where(and(eq(areas.status, "active"), inArray(targets.areaId, [...areaIds])))
    .all();
  const byArea = new Map<number, { values: typeof values; targets: typeof allTargets }>();
  const bucket = (id: number) => byArea.get(id) ?? byArea.set(id, { values: [], targets: [] }).get(id)!;
  for (const v of values) bucket(v.areaId).values.push(v);
  for (const t of allTargets) bucket(t.areaId).targets.push(t);
  return byArea;
}

/** One area's values of some indicators, as listProgressInputs gives them (a target since removed needs its values back). */
export function listIndicatorValuesOf(areaId: number, indicatorKeys: readonly string[]) {
  return getDb()
    .select({ areaId: indicatorValues.areaId, indicatorKey: indicatorValues.indicatorKey, year: indicatorValues.year, value: indicatorValues.value })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.areaId, areaId), inArray(indicatorValues.indicatorKey, [...indicatorKeys])))
    .all();
}

export type DecideGradeParams = { actor: Actor; proposed: Grade | null } & GradeDecisionInput;

/**
 * Records the evaluator's grade for one area-year: the proposal confirmed, or overridden with a
 * reason. `proposed` is the grade the server computed for the area-year just before; it is stored
 * beside the decision so that a later change of the data does not rewrite what was confirmed.
 */
export function decideGrade(params: DecideGradeParams): { finalGrade: Grade } {
  if (!can(params.actor, "grades.decide")) throw new AppError("forbidden", "forbidden");
  let finalGrade: Grade;
  if (params.decision === "confirm") {
    if (params.proposed === null) throw new AppError("bad_request", "no_proposed_grade");
    finalGrade = params.proposed;
  } else {
    if (!params.finalGrade) throw new AppError("bad_request", "invalid_grade");
    if (params.finalGrade === params.proposed) throw new AppError("bad_request", "override_same_grade");
    if (!params.reason) throw new AppError("bad_request", "reason_required");
    finalGrade = params.finalGrade;
  }
  const reason = params.reason || null;
  return getDb().transaction((tx) => {
    const area = findScopedArea(tx, params.actor, params.areaCode, "grades.decide");
    const before =
      tx
        .select({ proposedGrade: gradeDecisions.proposedGrade, finalGrade: gradeDecisions.finalGrade, reason: gradeDecisions.reason })
        .from(gradeDecisions)
        .where(and(eq(gradeDecisions.areaId, area.id), eq(gradeDecisions.year, params.year)))
        .get() ?? null;
    const row = { proposedGrade: params.proposed, finalGrade, reason, decidedBy: params.actor.id, decidedAt: new Date() };
    tx.insert(gradeDecisions)
      .values({ areaId: area.id, year: params.year, ...row })
      .onConflictDoUpdate({ target: [gradeDecisions.areaId, gradeDecisions.year], set: row })
      .run();
    audit(tx, {
      actorId: params.actor.id,
      action: before ? "update" : "create",
      entity: "grade",
      entityKey: `${params.areaCode}/${params.year}`,
      areaId: area.id,
      year: params.year,
      old: before,
      new: { proposedGrade: params.proposed, finalGrade, reason, decision: params.decision },
      reason,
    });
    return { finalGrade };
  });
}
