import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-todo-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areaYears, areas, users } from "@/db/schema";
import { setReportingDeadlines } from "@/db/queries/calendar";
import { prepareDatabase } from "@/scripts/prepare-db";
import { countTodo, getTodo } from "./todo";

function who(email: string) {
  const u = getDb()
    .select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId, areaCode: areas.code })
    .from(users)
    .leftJoin(areas, eq(areas.id, users.areaId))
    .where(eq(users.email, email))
    .get();
  if (!u) throw new Error(`no user ${email}`);
  return u;
}

// 6 December 2026, 10:00 in Beijing: 2025's data were due on 31 March 2026 (250 days before), its
// review by 30 June 2026; the demo's three submitted 2025 years went in on 17 March 2026 (264 days before).
const NOW = new Date("2026-12-06T02:00:00Z");

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("an official's to-do", () => {
  it("lists the returned 2025 year as overdue, with both remarks, the field one naming its field", () => {
    const todo = getTodo(who("official.xiaolan-etdz@demo.local"), NOW);
    expect(todo.review).toBeNull();
    expect(todo.pending).toBeNull();
    expect(todo.official!.due).toEqual([{ year: 2025, status: "returned", state: "overdue", dataDueOn: "2026-03-31", daysLeft: -250 }]);
    expect(todo.official!.returned).toHaveLength(1);
    const remarks = todo.official!.returned[0]!.remarks;
    expect(remarks.map((r) => r.indicatorKey)).toEqual([null, "energy_intensity"]);
    expect(remarks[1]!.body).toContain("单位GDP能耗较上年变化较大");
  });

  it("lists an official's draft years of the followed three as overdue, latest first", () => {
    const todo = getTodo(who("official.zigong@demo.local"), NOW);
    expect(todo.official!.due.map((d) => [d.year, d.state])).toEqual([
      [2025, "overdue"],
      [2024, "overdue"],
      [2023, "overdue"],
    ]);
    expect(todo.official!.returned).toEqual([]);
    // No 2030 target yet (the demo sets none for zigong), against the 2025 ones it had.
    expect(todo.official!.targets).toMatchObject({ period: { code: "fyp15", targetYear: 2030 }, set: 0 });
    expect(todo.official!.targets!.previous).toBeGreaterThan(0);
  });

  it("follows the calendar: 2025 due on 10 December is due soon on the 6th (4 days), and due on the 20th is not yet soon (14 days is)", () => {
    const admin = who("admin@demo.local");
    setReportingDeadlines({ actor: admin, year: 2025, dataDueOn: "2026-12-10", reviewDueOn: "2027-01-31" });
    expect(getTodo(who("official.xiaolan-etdz@demo.local"), NOW).official!.due[0]).toMatchObject({ state: "due_soon", daysLeft: 4 });
    setReportingDeadlines({ actor: admin, year: 2025, dataDueOn: "2026-12-21", reviewDueOn: "2027-01-31" });
    expect(getTodo(who("official.xiaolan-etdz@demo.local"), NOW).official!.due[0]).toMatchObject({ state: "due", daysLeft: 15 });
    setReportingDeadlines({ actor: admin, year: 2025, dataDueOn: "2026-12-20", reviewDueOn: "2027-01-31" });
    expect(getTodo(who("official.xiaolan-etdz@demo.local"), NOW).official!.due[0]).toMatchObject({ state: "due_soon", daysLeft: 14 });
    setReportingDeadlines({ actor: admin, year: 2025, dataDueOn: "2026-03-31", reviewDueOn: "2026-06-30" });
  });
});

describe("a reviewer's to-do", () => {
  it("lists the submitted years oldest first, with the days waited and past the review deadline", () => {
    const todo = getTodo(who("evaluator@demo.local"), NOW);
    expect(todo.official).toBeNull();
    expect(todo.pending).toBeNull();
    expect(todo.review!.waiting.map((w) => [w.areaCode, w.year, w.waited, w.tooLong])).toEqual([
      ["changxing-etdz", 2025, 264, true],
      ["ninghai-etdz", 2025, 264, true],
      ["liuyang-etdz", 2025, 264, true],
    ]);
  });

  it("marks a year waiting too long only from the day after the review deadline (Beijing days)", () => {
    const onTheDay = getTodo(who("evaluator@demo.local"), new Date("2026-06-30T15:59:00Z"));
    expect(onTheDay.review!.waiting.every((w) => !w.tooLong)).toBe(true);
    const dayAfter = getTodo(who("evaluator@demo.local"), new Date("2026-06-30T16:00:00Z"));
    expect(dayAfter.review!.waiting.every((w) => w.tooLong)).toBe(true);
  });

  it("lists the overdue years by area: the draft-only areas' three years, xiaolan's returned 2025", () => {
    const overdue = getTodo(who("evaluator@demo.local"), NOW).review!.overdue;
    const byArea = new Map(overdue.map((a) => [a.areaCode, a.years.map((y) => y.year)]));
    expect(byArea.get("zigong")).toEqual([2025, 2024, 2023]);
    expect(byArea.get("xiaolan-etdz")).toEqual([2025]);
    expect(byArea.has("changxing-etdz")).toBe(false);
    expect(byArea.has("dalian")).toBe(false);
    expect(overdue.find((a) => a.areaCode === "xiaolan-etdz")!.years[0]).toEqual({ year: 2025, dataDueOn: "2026-03-31", daysOver: 250 });
  });

  it("has nothing overdue on the deadline day itself, and 2025 overdue the day after", () => {
    const onTheDay = getTodo(who("evaluator@demo.local"), new Date("2026-03-31T12:00:00Z"));
    expect(onTheDay.review!.overdue.flatMap((a) => a.years.map((y) => y.year))).not.toContain(2025);
    const dayAfter = getTodo(who("evaluator@demo.local"), new Date("2026-03-31T16:00:00Z"));
    expect(dayAfter.review!.overdue.find((a) => a.areaCode === "zigong")!.years.map((y) => y.year)).toContain(2025);
  });
});

describe("a reviewer's to-do, kept", () => {
  it("is the same for every reviewer until a year's state or the calendar changes", () => {
    const first = getTodo(who("evaluator@demo.local"), NOW).review!;
    expect(getTodo(who("admin@demo.local"), NOW).review).toBe(first);
    const changxing = getDb().select({ id: areas.id }).from(areas).where(eq(areas.code, "changxing-etdz")).get()!;
    const setStatus = (status: "approved" | "submitted") =>
      getDb().update(areaYears).set({ status }).where(and(eq(areaYears.areaId, changxing.id), eq(areaYears.year, 2025))).run();
    setStatus("approved");
    expect(getTodo(who("evaluator@demo.local"), NOW).review!.waiting.map((w) => w.areaCode)).toEqual(["ninghai-etdz", "liuyang-etdz"]);
    setStatus("submitted");
    expect(getTodo(who("evaluator@demo.local"), NOW).review!.waiting).toHaveLength(3);
    // The calendar has no write counter: it is part of what the kept queue is kept by.
    const admin = who("admin@demo.local");
    setReportingDeadlines({ actor: admin, year: 2025, dataDueOn: "2026-03-31", reviewDueOn: "2026-12-06" });
    expect(getTodo(who("evaluator@demo.local"), NOW).review!.waiting.map((w) => w.tooLong)).toEqual([false, false, false]);
    setReportingDeadlines({ actor: admin, year: 2025, dataDueOn: "2026-03-31", reviewDueOn: "2026-06-30" });
    expect(getTodo(who("evaluator@demo.local"), NOW).review!.waiting.map((w) => w.tooLong)).toEqual([true, true, true]);
  });
});

describe("an administrator's to-do and the counts", () => {
  it("has the pending accounts part, and reviews too", () => {
    const todo = getTodo(who("admin@demo.local"), NOW);
    expect(todo.pending).toEqual({ accounts: 0, areas: 0 });
    expect(todo.review).not.toBeNull();
  });

  it("counts each part's items: an official's years, a reviewer's waiting and overdue years", () => {
    // zigong: three overdue years and the 2030 targets.
    expect(countTodo(getTodo(who("official.zigong@demo.local"), NOW))).toEqual({ todo: 4, review: 0, approvals: 0 });
    const review = getTodo(who("evaluator@demo.local"), NOW);
    const overdueYears = review.review!.overdue.reduce((n, a) => n + a.years.length, 0);
    expect(countTodo(review)).toEqual({ todo: 3 + overdueYears, review: 3, approvals: 0 });
  });

  it("gives a viewer nothing", () => {
    const todo = getTodo(who("viewer@demo.local"), NOW);
    expect([todo.official, todo.review, todo.pending]).toEqual([null, null, null]);
  });
});
