// The reporting calendar: when a reporting year's data are due, when its review should be done, and
// what that makes of a year today (due, due soon, overdue; waiting, waiting too long). Days are
// calendar days in Beijing (UTC+8, no daylight saving), written "YYYY-MM-DD". See docs/daily-work.md.

/** Data of year Y are due on 31 March of Y + 1 unless the calendar says otherwise. */
export const DEFAULT_DATA_DUE = { month: 3, day: 31 } as const;
/** Review of year Y should be done by 30 June of Y + 1: a quarter after the data are due. */
export const DEFAULT_REVIEW_DUE = { month: 6, day: 30 } as const;
/** A deadline this many days away or fewer (and not yet passed) is "due soon". */
export const DUE_SOON_DAYS = 14;
/** The to-do page looks back over the latest ended reporting year and the ones before it, this many in all. */
export const TRACKED_YEARS = 3;

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type Deadlines = { year: number; dataDueOn: string; reviewDueOn: string; isDefault: boolean };

const pad = (n: number) => String(n).padStart(2, "0");

/** A real calendar day written YYYY-MM-DD ("2026-02-30" is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The calendar's defaults for a reporting year. */
export function defaultDeadlines(year: number): Deadlines {
  return {
    year,
    dataDueOn: `${year + 1}-${pad(DEFAULT_DATA_DUE.month)}-${pad(DEFAULT_DATA_DUE.day)}`,
    reviewDueOn: `${year + 1}-${pad(DEFAULT_REVIEW_DUE.month)}-${pad(DEFAULT_REVIEW_DUE.day)}`,
    isDefault: true,
  };
}

/** A year's deadlines: the ones set for it, else the defaults. */
export function deadlinesOf(year: number, set: ReadonlyMap<number, { dataDueOn: string; reviewDueOn: string }>): Deadlines {
  const row = set.get(year);
  return row ? { year, dataDueOn: row.dataDueOn, reviewDueOn: row.reviewDueOn, isDefault: false } : defaultDeadlines(year);
}

/** What a set of deadlines must satisfy: real days, data due after the year has ended, review after the data. */
export function deadlineProblems(year: number, dataDueOn: string, reviewDueOn: string): ("invalid_date" | "due_before_year_end" | "review_before_due")[] {
  if (!isIsoDate(dataDueOn) || !isIsoDate(reviewDueOn)) return ["invalid_date"];
  const problems: ("due_before_year_end" | "review_before_due")[] = [];
  if (dataDueOn <= `${year}-12-31`) problems.push("due_before_year_end");
  if (reviewDueOn <= dataDueOn) problems.push("review_before_due");
  return problems;
}

/** The calendar day in Beijing at a moment. */
export function beijingDay(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The reporting years that have ended by a day: every year before the day's own. */
export function lastEndedYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

/** The years the to-do page follows on a day: the latest ended year and the ones before it, latest first. */
export function trackedYears(today: string, count = TRACKED_YEARS): number[] {
  const last = lastEndedYear(today);
  return Array.from({ length: count }, (_, i) => last - i);
}

export type DueState = "done" | "not_ended" | "due" | "due_soon" | "overdue";

/**
 * Where an area's reporting year stands on a day. Submitted and approved years are done. Otherwise
 * (draft, returned, never saved) a year still running is not yet due; an ended year is due, due soon
 * when its deadline is at most DUE_SOON_DAYS away (the deadline day itself included), overdue from the
 * day after its deadline.
 */
export function dueState(year: number, status: string, dataDueOn: string, today: string): DueState {
  if (status === "submitted" || status === "approved") return "done";
  if (lastEndedYear(today) < year) return "not_ended";
  const left = daysBetween(today, dataDueOn);
  if (left < 0) return "overdue";
  return left <= DUE_SOON_DAYS ? "due_soon" : "due";
}

/** Whole days a year has waited since it was submitted (0 on the day itself), in Beijing days. */
export function waitingDays(submittedAt: Date, today: string): number {
  return Math.max(0, daysBetween(beijingDay(submittedAt), today));
}

/** A submitted year waits longer than the calendar allows once its review deadline has passed. */
export function waitingTooLong(reviewDueOn: string, today: string): boolean {
  return today > reviewDueOn;
}
