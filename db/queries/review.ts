import "server-only";
import { and, asc, count, desc, eq, inArray, max, ne, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { areas, areaYears, indicators, indicatorValues, reviewComments, users, type SubmissionStatus } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { QUEUE_STATUS_ALL, TRANSITIONS, type ReviewQueueFilters, type Transition } from "@/lib/validations/review";
import { clampPage, pageWindow } from "@/lib/domain/pagination";
import { areaSearchCondition, findScopedArea } from "./areas";
import { audit, type Tx } from "./audit-write";
import { addStatusNotifications } from "./notifications";
import { deliverNotifications } from "@/lib/notifications/deliver";
import { preparedOnce } from "./prepared";

export const REVIEW_QUEUE_PAGE_SIZE = 50;

/** One area-year's submission state; a year never saved is a draft. */
export function getAreaYearState(areaId: number, year: number) {
  const row = getDb()
    .select({
      status: areaYears.status,
      changedAt: areaYears.statusChangedAt,
      changedByName: users.name,
    })
    .from(areaYears)
    .leftJoin(users, eq(users.id, areaYears.statusChangedBy))
    .where(and(eq(areaYears.areaId, areaId), eq(areaYears.year, year)))
    .get();
  return row ?? { status: "draft" as SubmissionStatus, changedAt: null, changedByName: null };
}

export type AreaYearState = ReturnType<typeof getAreaYearState>;

// Read by every area page: prepared once per connection.
const latestYearStatesQueries = new WeakMap<Db, ReturnType<typeof prepareLatestYearStates>>();

function prepareLatestYearStates(db: Db) {
  return db
    .select({ year: areaYears.year, status: areaYears.status, changedAt: areaYears.statusChangedAt })
    .from(areaYears)
    .where(eq(areaYears.areaId, sql.placeholder("areaId")))
    .orderBy(desc(areaYears.year))
    .limit(sql.placeholder("count"))
    .prepare();
}

/** The state of an area's latest `count` years that have a row (every year with data), latest first. */
export function listLatestYearStates(areaId: number, count: number) {
  return preparedOnce(latestYearStatesQueries, getDb(), prepareLatestYearStates).all({ areaId, count });
}

/**
 * The review queue: area-years by state, level, wave, year and a search by area, most recently
 * changed first. With a state chosen (the default), count and page walk area_years_queue_idx in
 * order, so a page costs its 50 rows whatever the size of the queue. A page past the end shows the last.
 */
export function listReviewQueue(filters: ReviewQueueFilters, pageSize = REVIEW_QUEUE_PAGE_SIZE) {
  const where: (SQL | undefined)[] = [ne(areas.status, "rejected"), areaSearchCondition(filters.q)];
  if (filters.status !== QUEUE_STATUS_ALL) where.push(eq(areaYears.status, filters.status));
  if (filters.level) where.push(eq(areas.level, filters.level));
  if (filters.wave) where.push(eq(areas.wave, filters.wave));
  if (filters.year) where.push(eq(areaYears.year, filters.year));
  const db = getDb();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(areaYears)
      .innerJoin(areas, eq(areas.id, areaYears.areaId))
      .where(and(...where))
      .get()?.n ?? 0;
  const page = clampPage(filters.page, total, pageSize);
  const { limit, offset } = pageWindow(page, pageSize);
  // The same expression, order and ties as area_years_queue_idx (areaYears.areaId, not areas.id).
  const lastChange = sql`(case when ${areaYears.statusChangedAt} is null then ${areaYears.updatedAt} else ${areaYears.statusChangedAt} end)`;
  // Years waiting for review, longest waiting first: the same index walked the other way.
  const order =
    filters.status === "submitted"
      ? [asc(lastChange), asc(areaYears.year), desc(areaYears.areaId)]
      : [desc(lastChange), desc(areaYears.year), asc(areaYears.areaId)];
  const pageRows = db
    .select({
      areaId: areaYears.areaId,
      areaCode: areas.code,
      nameZh: areas.nameZh,
      nameEn: areas.nameEn,
      level: areas.level,
      wave: areas.wave,
      year: areaYears.year,
      status: areaYears.status,
      changedAt: areaYears.statusChangedAt,
      changedByName: users.name,
      updatedAt: areaYears.updatedAt,
    })
    .from(areaYears)
    .innerJoin(areas, eq(areas.id, areaYears.areaId))
    .leftJoin(users, eq(users.id, areaYears.statusChangedBy))
    .where(and(...where))
    .orderBy(...order)
    .limit(limit)
    .offset(offset)
    .all();
  // Values and flags counted for the page's rows only, in a second query: as columns of the page
  // query they would also be computed for every row skipped by OFFSET, and a late page would cost
  // as much as the whole queue.
  const counts = new Map<string, { values: number; flagged: number }>();
  if (pageRows.length > 0) {
    const tally = db
      .select({ areaId: indicatorValues.areaId, year: indicatorValues.year, values: count(), flagged: sql<number>`sum(${indicatorValues.flagged})` })
      .from(indicatorValues)
      .where(and(inArray(indicatorValues.areaId, [...new Set(pageRows.map((r) => r.areaId))]), inArray(indicatorValues.year, [...new Set(pageRows.map((r) => r.year))])))
      .groupBy(indicatorValues.areaId, indicatorValues.year)
      .all();
    for (const c of tally) counts.set(`${c.areaId}/${c.year}`, { values: c.values, flagged: c.flagged });
  }
  const remarks = new Map<string, number>();
  for (const r of pageRows) if (r.status === "submitted" && r.changedAt) remarks.set(`${r.areaId}/${r.year}`, 0);
  if (remarks.size > 0) {
    for (const c of openRemarkRows(db, pageRows.filter((r) => r.status === "submitted" && r.changedAt).map((r) => ({ areaId: r.areaId, year: r.year, since: r.changedAt! })))) {
      remarks.set(`${c.areaId}/${c.year}`, (remarks.get(`${c.areaId}/${c.year}`) ?? 0) + 1);
    }
  }
  const rows = pageRows.map(({ areaId, ...row }) => ({
    ...row,
    ...(counts.get(`${areaId}/${row.year}`) ?? { values: 0, flagged: 0 }),
    openRemarks: remarks.get(`${areaId}/${row.year}`) ?? 0,
  }));
  return { rows, total, page, pageSize };
}

export type ReviewQueueRow = ReturnType<typeof listReviewQueue>["rows"][number];

/**
 * The open remarks of submitted years: comments a reviewer (an evaluator or administrator) wrote in
 * the thread after the year was submitted, which the official has not yet answered by a new
 * submission. The submission's time is kept to the second: a comment in that same second counts as
 * open, so that a year is never called clean by the rounding.
 */
function openRemarkRows(db: Db | Tx, years: { areaId: number; year: number; since: Date }[]) {
  if (years.length === 0) return [];
  return db
    .select({ areaId: reviewComments.areaId, year: reviewComments.year, createdAt: reviewComments.createdAt })
    .from(reviewComments)
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .where(
      and(
        inArray(reviewComments.areaId, [...new Set(years.map((y) => y.areaId))]),
        inArray(reviewComments.year, [...new Set(years.map((y) => y.year))]),
        inArray(users.role, ["evaluator", "admin"]),
        // A return's or reopening's reasons precede the submission that answered them.
        eq(reviewComments.kind, "comment"),
      ),
    )
    .all()
    .filter((c) => years.some((y) => y.areaId === c.areaId && y.year === c.year && c.createdAt.getTime() > y.since.getTime()));
}

/** Why a submitted year is not clean (flagged values, open remarks), or null when it is. */
function uncleanReason(tx: Tx, areaId: number, year: number): "has_flags" | "has_open_remarks" | null {
  const flagged = tx
    .select({ n: sql<number>`count(*)` })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.areaId, areaId), eq(indicatorValues.year, year), eq(indicatorValues.flagged, true)))
    .get()?.n ?? 0;
  if (flagged > 0) return "has_flags";
  const since = tx.select({ at: areaYears.statusChangedAt }).from(areaYears).where(and(eq(areaYears.areaId, areaId), eq(areaYears.year, year))).get()?.at;
  if (since && openRemarkRows(tx, [{ areaId, year, since }]).length > 0) return "has_open_remarks";
  return null;
}

export type ApproveOutcome = { areaCode: string; year: number; reason?: string };

/**
 * Approve several clean submitted years at once: each in its own transaction (the same checked,
 * audited transition as a single approval, plus the check that it is still clean), so one year
 * refused leaves the others approved. Answers what was approved and what was skipped, and why.
 */
export function approveCleanYears(actor: Actor, items: { areaCode: string; year: number }[]) {
  const approved: ApproveOutcome[] = [];
  const skipped: ApproveOutcome[] = [];
  for (const { areaCode, year } of items) {
    try {
      changeAreaYearStatus({
        actor,
        areaCode,
        year,
        transition: "approve",
        comment: "",
        requireBeforeChange: (tx, areaId) => {
          const reason = uncleanReason(tx, areaId, year);
          if (reason) throw new AppError("conflict", reason);
        },
      });
      approved.push({ areaCode, year });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      skipped.push({ areaCode, year, reason: error.message });
    }
  }
  return { approved, skipped };
}

/** The comment thread of one area-year, oldest first, with each author's name and role. */
export function listReviewComments(areaId: number, year: number) {
  return getDb()
    .select({
      id: reviewComments.id,
      kind: reviewComments.kind,
      indicatorKey: reviewComments.indicatorKey,
      body: reviewComments.body,
      createdAt: reviewComments.createdAt,
      authorName: users.name,
      authorRole: users.role,
    })
    .from(reviewComments)
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .where(and(eq(reviewComments.areaId, areaId), eq(reviewComments.year, year)))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id))
    .all();
}

export type ReviewComment = ReturnType<typeof listReviewComments>[number];

/**
 * What the latest return asked for: its general remarks and its remarks per field. All comments of
 * one return share its timestamp (set explicitly in changeAreaYearStatus), which identifies the round.
 */
export function getReturnFeedback(areaId: number, year: number) {
  const db = getDb();
  const latest = db
    .select({ at: max(reviewComments.createdAt) })
    .from(reviewComments)
    .where(and(eq(reviewComments.areaId, areaId), eq(reviewComments.year, year), eq(reviewComments.kind, "return")))
    .get()?.at;
  if (!latest) return { general: [] as ReviewComment[], byIndicator: {} as Record<string, ReviewComment[]> };
  const round = listReviewComments(areaId, year).filter((c) => c.kind === "return" && c.createdAt.getTime() === latest.getTime());
  const byIndicator: Record<string, ReviewComment[]> = {};
  for (const c of round) if (c.indicatorKey) (byIndicator[c.indicatorKey] ??= []).push(c);
  return { general: round.filter((c) => !c.indicatorKey), byIndicator };
}

function requireIndicators(tx: Tx, keys: string[]) {
  const wanted = [...new Set(keys)];
  if (wanted.length === 0) return;
  const found = tx.select({ key: indicators.key }).from(indicators).where(inArray(indicators.key, wanted)).all();
  if (found.length !== wanted.length) throw new AppError("bad_request", "unknown_indicator");
}

export type ChangeStatusParams = {
  actor: Actor;
  areaCode: string;
  year: number;
  transition: Transition;
  /** Optional with submit and approve; required with return (unless field comments are given) and reopen. */
  comment: string;
  fieldComments?: { indicatorKey: string; body: string }[];
  /** A further check inside the transaction, after the state is known to allow the transition (throws to refuse). */
  requireBeforeChange?: (tx: Tx, areaId: number) => void;
};

/**
 * Move one area-year from one state to the next, in one transaction: check the actor's scope and the
 * current state, compare-and-set the new state (so two reviewers cannot both act on the same state),
 * keep the comments in the thread and write the audit record.
 */
export function changeAreaYearStatus(params: ChangeStatusParams) {
  const { actor, areaCode, year, transition } = params;
  const comment = params.comment.trim();
  const fieldComments = (params.fieldComments ?? []).map((c) => ({ indicatorKey: c.indicatorKey, body: c.body.trim() })).filter((c) => c.body);
  if (transition === "return" && !comment && fieldComments.length === 0) throw new AppError("bad_request", "comment_required");
  if (transition === "reopen" && !comment) throw new AppError("bad_request", "reason_required");
  if (transition !== "return" && fieldComments.length > 0) throw new AppError("bad_request", "invalid_form");

  const { notified, ...result } = getDb().transaction(
    (tx) => {
      const area = findScopedArea(tx, actor, areaCode, transition === "submit" ? "submissions.submit" : "submissions.review");
      const { from, to } = TRANSITIONS[transition];
      // A year never saved has no row yet: it starts as a draft at version 0.
      tx.insert(areaYears).values({ areaId: area.id, year, version: 0 }).onConflictDoNothing().run();
      const here = and(eq(areaYears.areaId, area.id), eq(areaYears.year, year));
      const current = tx.select({ status: areaYears.status }).from(areaYears).where(here).get()!.status;
      if (!(from as readonly SubmissionStatus[]).includes(current)) throw new AppError("conflict", "wrong_state");
      if (transition === "submit" && !hasValues(tx, area.id, year)) throw new AppError("bad_request", "year_empty");
      requireIndicators(tx, fieldComments.map((c) => c.indicatorKey));
      params.requireBeforeChange?.(tx, area.id);

      const now = new Date();
      // Compare-and-set: changes nothing if someone else moved the year on since it was read.
      const changed = tx
        .update(areaYears)
        .set({ status: to, statusChangedAt: now, statusChangedBy: actor.id })
        .where(and(here, eq(areaYears.status, current)))
        .run();
      if (changed.changes !== 1) throw new AppError("conflict", "wrong_state");

      const thread = [
        ...(comment ? [{ indicatorKey: null, body: comment }] : []),
        ...fieldComments.map((c) => ({ indicatorKey: c.indicatorKey, body: c.body })),
      ];
      if (thread.length > 0) {
        tx.insert(reviewComments)
          .values(thread.map((c) => ({ areaId: area.id, year, authorId: actor.id, kind: transition, indicatorKey: c.indicatorKey, body: c.body, createdAt: now })))
          .run();
      }
      audit(tx, {
        actorId: actor.id,
        action: "status",
        entity: "area_year",
        entityKey: `${areaCode}/${year}`,
        areaId: area.id,
        year,
        old: { status: current },
        new: { status: to },
        reason: comment || fieldComments.map((c) => `${c.indicatorKey}: ${c.body}`).join("; ") || null,
      });
      const notified = addStatusNotifications(tx, { areaId: area.id, year, to, actorId: actor.id });
      return { from: current, to, notified };
    },
    { behavior: "immediate" },
  );
  // Committed: only now may anything leave the app.
  deliverNotifications(notified);
  return result;
}

function hasValues(tx: Tx, areaId: number, year: number): boolean {
  return !!tx
    .select({ one: sql`1` })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.areaId, areaId), eq(indicatorValues.year, year)))
    .limit(1)
    .get();
}

export type AddCommentParams = { actor: Actor; areaCode: string; year: number; body: string; indicatorKey?: string };

/** A plain comment in an area-year's thread: by reviewers, or by the area's own official. */
export function addReviewComment(params: AddCommentParams) {
  const body = params.body.trim();
  if (!body) throw new AppError("bad_request", "comment_required");
  return getDb().transaction((tx) => {
    const area = findScopedArea(tx, params.actor, params.areaCode, "submissions.comment");
    if (params.indicatorKey) requireIndicators(tx, [params.indicatorKey]);
    return tx
      .insert(reviewComments)
      .values({ areaId: area.id, year: params.year, authorId: params.actor.id, kind: "comment", indicatorKey: params.indicatorKey ?? null, body })
      .returning({ id: reviewComments.id })
      .get();
  });
}

/** The years that have any area-year row, latest first (the queue's year filter): a scan of every area-year. */
export function listReviewYears(): number[] {
  return getDb()
    .selectDistinct({ year: areaYears.year })
    .from(areaYears)
    .orderBy(desc(areaYears.year))
    .all()
    .map((r) => r.year);
}
