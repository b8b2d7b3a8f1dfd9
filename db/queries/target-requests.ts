import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, indicators, planPeriods, targetChangeRequests, targets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { DecideTargetRequestInput, TargetRequestEntry } from "@/lib/validations/target-requests";
import { findScopedArea } from "./areas";
import { audit } from "./audit-write";
import { currentTarget, removeTarget, targetYearSubmitted, writeTarget } from "./targets";

// Requests to change a target once its period's target-year values are submitted (docs/methodology.md,
// targets): an official of the area files one, with a reason; an evaluator approves it, which applies
// the change and audits it in the same transaction, or declines it with a note, which leaves the target.

export type FileTargetRequestParams = { actor: Actor } & TargetRequestEntry;

/** Files one request for the actor's area; refused while the target can still be changed directly. */
export function fileTargetRequest(params: FileTargetRequestParams): { id: number } {
  return getDb().transaction(
    (tx) => {
      const area = findScopedArea(tx, params.actor, params.areaCode, "target_requests.file");
      const period = tx.select().from(planPeriods).where(eq(planPeriods.code, params.period)).get();
      if (!period) throw new AppError("bad_request", "unknown_period");
      if (!targetYearSubmitted(tx, area.id, period.targetYear)) throw new AppError("conflict", "request_not_needed");
      const before = currentTarget(tx, area.id, params.indicatorKey, period.code);
      if (params.action === "remove" && !before) throw new AppError("conflict", "no_target");
      if (params.action === "set" && (params.baseYear ?? period.baseYear) >= period.targetYear) throw new AppError("bad_request", "invalid_base_year");
      const here = and(eq(targetChangeRequests.areaId, area.id), eq(targetChangeRequests.indicatorKey, params.indicatorKey), eq(targetChangeRequests.period, period.code));
      const pending = tx.select({ id: targetChangeRequests.id }).from(targetChangeRequests).where(and(here, eq(targetChangeRequests.status, "pending"))).get();
      if (pending) throw new AppError("conflict", "request_pending");
      const asked =
        params.action === "set"
          ? { kind: params.kind, value: params.value, baseYear: params.baseYear ?? period.baseYear }
          : { kind: null, value: null, baseYear: null };
      const row = tx
        .insert(targetChangeRequests)
        .values({ areaId: area.id, indicatorKey: params.indicatorKey, period: period.code, action: params.action, ...asked, reason: params.reason, requestedBy: params.actor.id })
        .returning({ id: targetChangeRequests.id })
        .get();
      audit(tx, {
        actorId: params.actor.id,
        action: "create",
        entity: "target_request",
        entityKey: `${params.areaCode}/${params.indicatorKey}/${period.code}#${row.id}`,
        areaId: area.id,
        indicatorKey: params.indicatorKey,
        year: period.targetYear,
        old: before,
        new: { action: params.action, ...asked },
        reason: params.reason,
      });
      return row;
    },
    { behavior: "immediate" },
  );
}

export type DecideTargetRequestParams = { actor: Actor } & DecideTargetRequestInput;

/**
 * An evaluator's decision on one pending request. Approving applies the change (audited as the
 * target's change, with the request's reason) and records the decision, in one transaction; declining
 * records the decision and its note only. A request decided meanwhile is refused.
 */
export function decideTargetRequest(params: DecideTargetRequestParams): { status: "approved" | "declined" } {
  if (params.decision === "decline" && !params.note) throw new AppError("bad_request", "note_required");
  return getDb().transaction(
    (tx) => {
      const request = tx
        .select({ request: targetChangeRequests, areaCode: areas.code, targetYear: planPeriods.targetYear, baseYear: planPeriods.baseYear })
        .from(targetChangeRequests)
        .innerJoin(areas, eq(areas.id, targetChangeRequests.areaId))
        .innerJoin(planPeriods, eq(planPeriods.code, targetChangeRequests.period))
        .where(eq(targetChangeRequests.id, params.requestId))
        .get();
      if (!request) throw new AppError("not_found", "request_not_found");
      const { request: r, areaCode } = request;
      const area = findScopedArea(tx, params.actor, areaCode, "target_requests.decide");
      const status = params.decision === "approve" ? ("approved" as const) : ("declined" as const);
      // Compare-and-set: two evaluators cannot both decide the same request.
      const changed = tx
        .update(targetChangeRequests)
        .set({ status, decidedBy: params.actor.id, decidedAt: new Date(), decisionNote: params.note || null })
        .where(and(eq(targetChangeRequests.id, r.id), eq(targetChangeRequests.status, "pending")))
        .run();
      if (changed.changes !== 1) throw new AppError("conflict", "request_decided");

      if (status === "approved") {
        const period = { code: r.period, baseYear: request.baseYear, targetYear: request.targetYear };
        const before = currentTarget(tx, area.id, r.indicatorKey, r.period);
        const common = { actorId: params.actor.id, area: { id: area.id, code: areaCode }, period, indicatorKey: r.indicatorKey };
        if (r.action === "remove") {
          if (!before) throw new AppError("conflict", "no_target");
          removeTarget(tx, { ...common, before, reason: r.reason });
        } else {
          if (r.kind === null || r.value === null || r.baseYear === null) throw new AppError("internal", "internal");
          writeTarget(tx, { ...common, before, kind: r.kind, value: r.value, baseYear: r.baseYear, reason: r.reason, setBy: r.requestedBy });
        }
      }
      audit(tx, {
        actorId: params.actor.id,
        action: "status",
        entity: "target_request",
        entityKey: `${areaCode}/${r.indicatorKey}/${r.period}#${r.id}`,
        areaId: area.id,
        indicatorKey: r.indicatorKey,
        year: request.targetYear,
        old: { status: "pending" },
        new: { status },
        reason: params.note || null,
      });
      return { status };
    },
    { behavior: "immediate" },
  );
}

const requestColumns = {
  id: targetChangeRequests.id,
  areaCode: areas.code,
  areaNameZh: areas.nameZh,
  areaNameEn: areas.nameEn,
  indicatorKey: targetChangeRequests.indicatorKey,
  indicatorNameZh: indicators.nameZh,
  indicatorNameEn: indicators.nameEn,
  unitZh: indicators.unitZh,
  unitEn: indicators.unitEn,
  decimals: indicators.decimals,
  period: targetChangeRequests.period,
  targetYear: planPeriods.targetYear,
  action: targetChangeRequests.action,
  kind: targetChangeRequests.kind,
  value: targetChangeRequests.value,
  baseYear: targetChangeRequests.baseYear,
  reason: targetChangeRequests.reason,
  status: targetChangeRequests.status,
  requestedAt: targetChangeRequests.requestedAt,
  requestedByName: users.name,
  decidedAt: targetChangeRequests.decidedAt,
  decidedByName: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${targetChangeRequests.decidedBy})`,
  decisionNote: targetChangeRequests.decisionNote,
  // The target as it is now, beside what is asked.
  currentKind: targets.kind,
  currentValue: targets.value,
  currentBaseYear: targets.baseYear,
};

function requestsQuery() {
  return getDb()
    .select(requestColumns)
    .from(targetChangeRequests)
    .innerJoin(areas, eq(areas.id, targetChangeRequests.areaId))
    .innerJoin(indicators, eq(indicators.key, targetChangeRequests.indicatorKey))
    .innerJoin(planPeriods, eq(planPeriods.code, targetChangeRequests.period))
    .innerJoin(users, eq(users.id, targetChangeRequests.requestedBy))
    .leftJoin(
      targets,
      and(eq(targets.areaId, targetChangeRequests.areaId), eq(targets.indicatorKey, targetChangeRequests.indicatorKey), eq(targets.period, targetChangeRequests.period)),
    );
}

/** One area's requests for one period's targets, newest first (the targets page). */
export function listAreaTargetRequests(areaId: number, period: string) {
  return requestsQuery()
    .where(and(eq(targetChangeRequests.areaId, areaId), eq(targetChangeRequests.period, period)))
    .orderBy(desc(targetChangeRequests.requestedAt), desc(targetChangeRequests.id))
    .all();
}

export type TargetRequestRow = ReturnType<typeof listAreaTargetRequests>[number];

/** The requests decided last, newest first (the review area shows what was just decided). */
export function listRecentlyDecidedTargetRequests(limit = 10) {
  return requestsQuery()
    .where(sql`${targetChangeRequests.status} <> 'pending'`)
    .orderBy(desc(targetChangeRequests.decidedAt), desc(targetChangeRequests.id))
    .limit(limit)
    .all();
}

/** Every pending request, oldest first (the evaluators' review area): at most `limit`, and how many there are. */
export function listPendingTargetRequests(limit = 100) {
  const rows = requestsQuery().where(eq(targetChangeRequests.status, "pending")).orderBy(asc(targetChangeRequests.requestedAt), asc(targetChangeRequests.id)).limit(limit).all();
  return { rows, total: countPendingTargetRequests() };
}

export function countPendingTargetRequests(): number {
  return getDb().select({ n: sql<number>`count(*)` }).from(targetChangeRequests).where(eq(targetChangeRequests.status, "pending")).get()?.n ?? 0;
}
