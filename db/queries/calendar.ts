import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reportingCalendar } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { deadlineProblems, deadlinesOf, type Deadlines } from "@/lib/domain/calendar";
import { AppError } from "@/lib/errors";
import { audit } from "./audit-write";

/** The deadlines set by administrators, by reporting year (years without a row keep the defaults). */
export function getReportingCalendar(): Map<number, { dataDueOn: string; reviewDueOn: string }> {
  const rows = getDb()
    .select({ year: reportingCalendar.year, dataDueOn: reportingCalendar.dataDueOn, reviewDueOn: reportingCalendar.reviewDueOn })
    .from(reportingCalendar)
    .orderBy(asc(reportingCalendar.year))
    .all();
  return new Map(rows.map(({ year, ...d }) => [year, d]));
}

/** The deadlines of the given years, set or default. */
export function listDeadlines(years: readonly number[]): Deadlines[] {
  const set = getReportingCalendar();
  return years.map((y) => deadlinesOf(y, set));
}

export type SetDeadlinesParams = { actor: Actor; year: number; dataDueOn: string; reviewDueOn: string };

/**
 * Set one reporting year's deadlines (administrators), with its audit record, in one transaction.
 * Setting the dates a year already has changes nothing and records nothing.
 */
export function setReportingDeadlines({ actor, year, dataDueOn, reviewDueOn }: SetDeadlinesParams): { changed: boolean } {
  if (!can(actor, "calendar.manage")) throw new AppError("forbidden", "forbidden");
  const problem = deadlineProblems(year, dataDueOn, reviewDueOn)[0];
  if (problem) throw new AppError("bad_request", problem);
  return getDb().transaction(
    (tx) => {
      const before = tx
        .select({ dataDueOn: reportingCalendar.dataDueOn, reviewDueOn: reportingCalendar.reviewDueOn })
        .from(reportingCalendar)
        .where(eq(reportingCalendar.year, year))
        .get();
      const old = before ?? deadlinesOf(year, new Map());
      if (old.dataDueOn === dataDueOn && old.reviewDueOn === reviewDueOn) return { changed: false };
      tx.insert(reportingCalendar)
        .values({ year, dataDueOn, reviewDueOn, updatedBy: actor.id, updatedAt: new Date() })
        .onConflictDoUpdate({ target: reportingCalendar.year, set: { dataDueOn, reviewDueOn, updatedBy: actor.id, updatedAt: new Date() } })
        .run();
      audit(tx, {
        actorId: actor.id,
        action: before ? "update" : "create",
        entity: "reporting_calendar",
        entityKey: `calendar/${year}`,
        year,
        old: before ? { dataDueOn: before.dataDueOn, reviewDueOn: before.reviewDueOn } : null,
        new: { dataDueOn, reviewDueOn },
      });
      return { changed: true };
    },
    { behavior: "immediate" },
  );
}
