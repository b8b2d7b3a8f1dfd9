import "server-only";
import { cache } from "react";
import { getReportingCalendar } from "@/db/queries/calendar";
import { getReturnFeedback } from "@/db/queries/review";
import { addDeadlineNotifications, countUnreadNotifications, listUnreadNotifications, type UnreadNotification } from "@/db/queries/notifications";
import { countAreaTargetsByPeriod, countPending, listReturnedYears, listWaitingYears, listYearStates } from "@/db/queries/todo";
import { can, type Actor } from "@/lib/auth/permissions";
import { beijingDay, daysBetween, deadlinesOf, dueState, trackedYears, waitingDays, waitingTooLong, type DueState } from "@/lib/domain/calendar";
import { designatedBy } from "@/lib/domain/peer-groups";
import { currentPeriod, previousPeriod, type PlanPeriod } from "@/lib/domain/plan";
import { keptUntilWrite } from "./cache";
import { listPeerAreas, listPlanPeriods } from "./kept-reads";

// The to-do page's content and the header's counts, per role: an official's own area (years due or
// overdue, returned years with their remarks, targets of the open plan period not yet set); an
// evaluator's queue (years waiting, oldest first; years overdue, by area); an administrator's
// pending accounts and areas. One person may hold several of these (an administrator also reviews).

type Who = Actor & { areaCode?: string | null };
type Calendar = ReturnType<typeof getReportingCalendar>;

export type DueYear = { year: number; status: string; state: Exclude<DueState, "done" | "not_ended">; dataDueOn: string; daysLeft: number };
export type Remark = { id: number; body: string; authorName: string; indicatorKey: string | null };
export type ReturnedYear = { year: number; remarks: Remark[] };
export type TargetsToSet = { period: PlanPeriod; set: number; previous: number };
export type WaitingItem = { areaCode: string; nameZh: string; nameEn: string; year: number; submittedAt: Date; submittedBy: string | null; waited: number; reviewDueOn: string; tooLong: boolean };
export type OverdueArea = { areaCode: string; nameZh: string; nameEn: string; years: { year: number; dataDueOn: string; daysOver: number }[] };

export type Todo = {
  today: string;
  official: { areaCode: string; due: DueYear[]; returned: ReturnedYear[]; targets: TargetsToSet | null } | null;
  review: { waiting: WaitingItem[]; overdue: OverdueArea[] } | null;
  pending: { accounts: number; areas: number } | null;
  /** Unread entries: status changes of the person's years or queue, deadlines near or passed. */
  notifications: UnreadNotification[];
};

function dueYearsOf(states: Map<number, string>, years: readonly number[], calendar: Calendar, today: string): DueYear[] {
  const due: DueYear[] = [];
  for (const year of years) {
    const status = states.get(year) ?? "draft";
    const { dataDueOn } = deadlinesOf(year, calendar);
    const state = dueState(year, status, dataDueOn, today);
    if (state === "done" || state === "not_ended") continue;
    due.push({ year, status, state, dataDueOn, daysLeft: daysBetween(today, dataDueOn) });
  }
  return due;
}

/** The targets of the open plan period, when the area has set fewer than it had in the period before (or none). */
function targetsToSet(areaId: number): TargetsToSet | null {
  const periods = listPlanPeriods();
  const open = currentPeriod(periods);
  if (!open || open.state !== "open") return null;
  const counts = countAreaTargetsByPeriod(areaId);
  const before = previousPeriod(periods, open);
  const set = counts.get(open.code) ?? 0;
  const previous = before ? (counts.get(before.code) ?? 0) : 0;
  return set === 0 || set < previous ? { period: open, set, previous } : null;
}

function officialPart(user: Who, calendar: Calendar, today: string, withRemarks: boolean): Todo["official"] {
  if (user.role !== "official" || user.areaId === null || !user.areaCode || !can(user, "values.write")) return null;
  const areaId = user.areaId;
  const area = listPeerAreas().find((a) => a.id === areaId);
  const years = trackedYears(today).filter((y) => !area || designatedBy([area], y).length > 0);
  const states = new Map(listYearStates(years, areaId).map((r) => [r.year, r.status as string]));
  const returnedYears = listReturnedYears(areaId);
  for (const y of returnedYears) states.set(y, "returned");
  const due = dueYearsOf(states, [...new Set([...returnedYears, ...years])].sort((a, b) => b - a), calendar, today);
  const returned = returnedYears.map((year) => {
    if (!withRemarks) return { year, remarks: [] };
    const feedback = getReturnFeedback(areaId, year);
    const remarks = [...feedback.general, ...Object.values(feedback.byIndicator).flat()].map((c) => ({ id: c.id, body: c.body, authorName: c.authorName, indicatorKey: c.indicatorKey }));
    return { year, remarks };
  });
  return { areaCode: user.areaCode, due, returned, targets: targetsToSet(areaId) };
}

function reviewPart(user: Who, calendar: Calendar, today: string): Todo["review"] {
  if (!can(user, "submissions.review")) return null;
  const key = [today, ...[...calendar].map(([year, d]) => `${year}:${d.dataDueOn}:${d.reviewDueOn}`)].join(",");
  return keptUntilWrite("review-todo", key, () => reviewItems(calendar, today));
}

/** Every reviewer's queue as of `today`: the years waiting, oldest first, and the areas with years overdue. */
function reviewItems(calendar: Calendar, today: string): NonNullable<Todo["review"]> {
  const waiting = listWaitingYears().map((w) => {
    const { reviewDueOn } = deadlinesOf(w.year, calendar);
    return { ...w, waited: waitingDays(w.submittedAt, today), reviewDueOn, tooLong: waitingTooLong(reviewDueOn, today) };
  });
  const years = trackedYears(today);
  const done = new Set(listYearStates(years).map((r) => `${r.areaId}/${r.year}/${r.status}`));
  const statusOf = (areaId: number, year: number) =>
    done.has(`${areaId}/${year}/approved`) ? "approved" : done.has(`${areaId}/${year}/submitted`) ? "submitted" : "draft";
  const overdue: OverdueArea[] = [];
  for (const area of listPeerAreas()) {
    const late = years
      .filter((year) => designatedBy([area], year).length > 0)
      .map((year) => ({ year, dataDueOn: deadlinesOf(year, calendar).dataDueOn }))
      .filter(({ year, dataDueOn }) => dueState(year, statusOf(area.id, year), dataDueOn, today) === "overdue")
      .map(({ year, dataDueOn }) => ({ year, dataDueOn, daysOver: daysBetween(dataDueOn, today) }));
    if (late.length > 0) overdue.push({ areaCode: area.code, nameZh: area.nameZh, nameEn: area.nameEn, years: late });
  }
  return { waiting, overdue };
}

/**
 * Everything on one person's to-do page, as of `now`. With `record`, an official's years due soon or
 * overdue are first added to their notifications (once per deadline): the page is where deadlines
 * are noticed, so no scheduler is needed to tell of them.
 */
export function getTodo(user: Who, now = new Date(), { record = false } = {}): Todo {
  const today = beijingDay(now);
  const calendar = getReportingCalendar();
  const official = officialPart(user, calendar, today, true);
  if (record && official && user.areaId !== null && can(user, "notifications.read")) {
    const areaId = user.areaId;
    addDeadlineNotifications(
      user.id,
      official.due.flatMap((d) => (d.state === "due" ? [] : [{ kind: d.state, areaId, year: d.year, dataDueOn: d.dataDueOn }])),
    );
  }
  return {
    today,
    official,
    review: reviewPart(user, calendar, today),
    pending: can(user, "accounts.review") ? countPending() : null,
    notifications: can(user, "notifications.read") ? listUnreadNotifications(user.id) : [],
  };
}

export type TodoCounts = { todo: number; review: number; approvals: number };

/** The number of items of each part, without the remarks' text. */
export function countTodo(todo: Pick<Todo, "official" | "review" | "pending"> & ({ unread: number } | Pick<Todo, "notifications">)): TodoCounts {
  const unread = "unread" in todo ? todo.unread : todo.notifications.length;
  const official = todo.official ? new Set([...todo.official.due.map((d) => d.year), ...todo.official.returned.map((r) => r.year)]).size + (todo.official.targets ? 1 : 0) : 0;
  const review = todo.review ? todo.review.waiting.length : 0;
  const overdue = todo.review ? todo.review.overdue.reduce((n, a) => n + a.years.length, 0) : 0;
  const approvals = todo.pending ? todo.pending.accounts : 0;
  return { todo: official + review + overdue + approvals + unread, review, approvals };
}

/**
 * The header's counts on 待办, 审查 and 审核, once per request. Signed-out visitors and viewers cost
 * nothing; an official's count reads their own area's few rows; a reviewer's, the waiting years and
 * the state rows of the followed years.
 */
export const getTodoCounts = cache((user: Who | null): TodoCounts | null => {
  if (!user) return null;
  const today = beijingDay(new Date());
  const official = user.role === "official" && user.areaId !== null;
  const reviews = can(user, "submissions.review");
  const approves = can(user, "accounts.review");
  if (!official && !reviews && !approves) return null;
  const calendar = getReportingCalendar();
  const review = reviews ? reviewPart(user, calendar, today) : null;
  const unread = can(user, "notifications.read") ? countUnreadNotifications(user.id) : 0;
  return countTodo({ official: officialPart(user, calendar, today, false), review, pending: approves ? countPending() : null, unread });
});

