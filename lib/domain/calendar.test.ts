import { describe, expect, it } from "vitest";
import {
  beijingDay,
  daysBetween,
  deadlineProblems,
  deadlinesOf,
  defaultDeadlines,
  dueState,
  isIsoDate,
  trackedYears,
  waitingDays,
  waitingTooLong,
} from "./calendar";

describe("defaults and set deadlines", () => {
  it("puts year 2025's data on 31 March 2026 and its review on 30 June 2026", () => {
    expect(defaultDeadlines(2025)).toEqual({ year: 2025, dataDueOn: "2026-03-31", reviewDueOn: "2026-06-30", isDefault: true });
  });
  it("takes a year's own row over the defaults, and only that year's", () => {
    const set = new Map([[2025, { dataDueOn: "2026-04-15", reviewDueOn: "2026-07-31" }]]);
    expect(deadlinesOf(2025, set)).toEqual({ year: 2025, dataDueOn: "2026-04-15", reviewDueOn: "2026-07-31", isDefault: false });
    expect(deadlinesOf(2024, set).dataDueOn).toBe("2025-03-31");
  });
});

describe("deadlineProblems", () => {
  it("refuses days that do not exist or are not written YYYY-MM-DD", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-3-31")).toBe(false);
    expect(deadlineProblems(2025, "2026-02-30", "2026-06-30")).toEqual(["invalid_date"]);
  });
  it("wants the data due after the year has ended: 31 December is too early, 1 January is not", () => {
    expect(deadlineProblems(2025, "2025-12-31", "2026-06-30")).toEqual(["due_before_year_end"]);
    expect(deadlineProblems(2025, "2026-01-01", "2026-06-30")).toEqual([]);
  });
  it("wants review to end after the data are due: the same day is too early, the day after is not", () => {
    expect(deadlineProblems(2025, "2026-03-31", "2026-03-31")).toEqual(["review_before_due"]);
    expect(deadlineProblems(2025, "2026-03-31", "2026-04-01")).toEqual([]);
  });
});

describe("days in Beijing", () => {
  it("turns the day at 16:00 UTC (midnight in Beijing)", () => {
    expect(beijingDay(new Date("2026-03-31T15:59:59Z"))).toBe("2026-03-31");
    expect(beijingDay(new Date("2026-03-31T16:00:00Z"))).toBe("2026-04-01");
  });
  it("counts days across month ends and a leap day", () => {
    expect(daysBetween("2026-03-17", "2026-03-31")).toBe(14);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-04-01", "2026-03-31")).toBe(-1);
  });
  it("follows the latest ended year and the two before it", () => {
    expect(trackedYears("2026-12-06")).toEqual([2025, 2024, 2023]);
    expect(trackedYears("2027-01-01")).toEqual([2026, 2025, 2024]);
  });
});

describe("dueState (2025 due on 2026-03-31)", () => {
  const due = "2026-03-31";
  it("is done once submitted or approved, whatever the day", () => {
    expect(dueState(2025, "submitted", due, "2026-12-01")).toBe("done");
    expect(dueState(2025, "approved", due, "2026-12-01")).toBe("done");
  });
  it("is not due while the year runs: 31 December 2025 not yet, 1 January 2026 due", () => {
    expect(dueState(2025, "draft", due, "2025-12-31")).toBe("not_ended");
    expect(dueState(2025, "draft", due, "2026-01-01")).toBe("due");
  });
  it("is due soon from 14 days before: 15 days left is due, 14 is due soon", () => {
    expect(dueState(2025, "draft", due, "2026-03-16")).toBe("due");
    expect(dueState(2025, "draft", due, "2026-03-17")).toBe("due_soon");
  });
  it("is overdue from the day after the deadline: on the day it is still due soon", () => {
    expect(dueState(2025, "returned", due, "2026-03-31")).toBe("due_soon");
    expect(dueState(2025, "returned", due, "2026-04-01")).toBe("overdue");
  });
});

describe("waiting", () => {
  it("counts Beijing days since the submission: 0 the same day, 1 after Beijing's midnight", () => {
    const submitted = new Date("2026-03-17T02:00:00Z"); // 10:00 in Beijing
    expect(waitingDays(submitted, "2026-03-17")).toBe(0);
    expect(waitingDays(submitted, "2026-03-18")).toBe(1);
    expect(waitingDays(submitted, "2026-12-06")).toBe(264);
  });
  it("waits too long from the day after the review deadline", () => {
    expect(waitingTooLong("2026-06-30", "2026-06-30")).toBe(false);
    expect(waitingTooLong("2026-06-30", "2026-07-01")).toBe(true);
  });
});
