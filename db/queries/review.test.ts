import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-review-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, areaYears, auditLog, reviewComments, users } from "@/db/schema";
import { prepareDatabase } from "@/scripts/prepare-db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { describeChanges, getValueHistory, listAuditRecords } from "./audit";
import {
  addReviewComment,
  changeAreaYearStatus,
  getAreaYearState,
  getReturnFeedback,
  listReviewQueue,
  listLatestYearStates,
  listReviewYears,
  type ChangeStatusParams,
} from "./review";
import { getYearEntryContext, saveYearEntry } from "./values";

const AREA = "huangshi";
const YEAR = 2024;

function actorFor(email: string): Actor {
  const u = getDb().select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId }).from(users).where(eq(users.email, email)).get();
  if (!u) throw new Error(`no user ${email}`);
  return u;
}
const official = () => actorFor("official.huangshi@demo.local");
const otherOfficial = () => actorFor("official.zigong@demo.local");
const evaluator = () => actorFor("evaluator@demo.local");
const admin = () => actorFor("admin@demo.local");
const areaId = (code: string) => getDb().select({ id: areas.id }).from(areas).where(eq(areas.code, code)).get()!.id;

/** Everything a transition may touch: state rows, the thread and the audit trail. */
function snapshot() {
  const db = getDb();
  return {
    years: db.select({ status: areaYears.status, at: areaYears.statusChangedAt, by: areaYears.statusChangedBy }).from(areaYears).orderBy(areaYears.areaId, areaYears.year).all(),
    comments: db.select({ n: sql<number>`count(*)` }).from(reviewComments).get()?.n,
    audit: db.select({ n: sql<number>`count(*)` }).from(auditLog).get()?.n,
  };
}

function expectRefused(fn: () => unknown, code: string, message?: string) {
  const before = snapshot();
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe(code);
  if (message) expect((thrown as AppError).message).toBe(message);
  expect(snapshot()).toEqual(before);
}

const move = (actor: Actor, transition: ChangeStatusParams["transition"], extra: Partial<ChangeStatusParams> = {}) =>
  changeAreaYearStatus({ actor, areaCode: AREA, year: YEAR, transition, comment: "", ...extra });

const statusOf = (code = AREA, year = YEAR) => getAreaYearState(areaId(code), year).status;

function lastAudit() {
  return getDb().select().from(auditLog).orderBy(sql`${auditLog.id} desc`).limit(1).get()!;
}

const entry = (value: number) => ({ hte_count: { value, note: "", flagged: false } });
const save = (actor: Actor, value: number, year = YEAR) =>
  saveYearEntry({ actor, areaCode: AREA, year, expectedVersion: getYearEntryContext(areaId(AREA), year).version, source: "", entries: entry(value) });

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("the demo data set's submission states", () => {
  it("keeps the years the test suites write as drafts, and locks the approved ones", () => {
    expect(statusOf("zigong", 2024)).toBe("draft");
    expect(statusOf("zigong", 2023)).toBe("draft");
    expect(statusOf("tongling", 2024)).toBe("draft");
    expect(statusOf("huangshi", 2024)).toBe("draft");
    expect(statusOf("dalian", 2023)).toBe("approved");
    expect(statusOf("xiaolan-etdz", 2025)).toBe("returned");
    expect(statusOf("dalian", 2025)).toBe("approved");
    expect(statusOf("changxing-etdz", 2025)).toBe("submitted");
    expectRefused(
      () => saveYearEntry({ actor: actorFor("official.dalian@demo.local"), areaCode: "dalian", year: 2023, expectedVersion: 0, source: "", entries: entry(1) }),
      "conflict",
      "year_approved",
    );
  });
});

describe("who may move an area-year, and from which state", () => {
  it("refuses submitting another area's year, and submitting by evaluators, viewers and pending officials", () => {
    expectRefused(() => move(otherOfficial(), "submit"), "forbidden", "not_your_area");
    expectRefused(() => move(evaluator(), "submit"), "forbidden", "forbidden");
    expectRefused(() => move({ id: 9001, role: "viewer", status: "active", areaId: null }, "submit"), "forbidden");
    expectRefused(() => move({ ...official(), status: "pending" }, "submit"), "forbidden");
    expect(statusOf()).toBe("draft");
  });

  it("refuses an official's approve, return and reopen, even on their own area", () => {
    for (const transition of ["approve", "return", "reopen"] as const) {
      expectRefused(() => move(official(), transition, { comment: "x" }), "forbidden");
    }
  });

  it("refuses reviewing a draft, and submitting a year without any data", () => {
    expectRefused(() => move(evaluator(), "approve"), "conflict", "wrong_state");
    expectRefused(() => move(evaluator(), "return", { comment: "x" }), "conflict", "wrong_state");
    expectRefused(() => move(evaluator(), "reopen", { comment: "x" }), "conflict", "wrong_state");
    expectRefused(() => changeAreaYearStatus({ actor: official(), areaCode: AREA, year: 2031, transition: "submit", comment: "" }), "bad_request", "year_empty");
    // The row inserted for the check is rolled back with the refusal.
    expect(getDb().select().from(areaYears).where(and(eq(areaYears.areaId, areaId(AREA)), eq(areaYears.year, 2031))).get()).toBeUndefined();
  });

  it("lets the official submit their own draft, with the state change audited and the comment kept", () => {
    const result = move(official(), "submit", { comment: "  all figures from the 2024 bulletin " });
    expect(result).toEqual({ from: "draft", to: "submitted" });
    expect(statusOf()).toBe("submitted");
    expect(lastAudit()).toMatchObject({
      actorId: official().id,
      action: "status",
      entity: "area_year",
      entityKey: "huangshi/2024",
      areaId: areaId(AREA),
      year: YEAR,
      oldValue: JSON.stringify({ status: "draft" }),
      newValue: JSON.stringify({ status: "submitted" }),
      reason: "all figures from the 2024 bulletin",
    });
    const comment = getDb().select().from(reviewComments).orderBy(sql`${reviewComments.id} desc`).limit(1).get();
    expect(comment).toMatchObject({ kind: "submit", body: "all figures from the 2024 bulletin", indicatorKey: null, authorId: official().id });
  });

  it("locks a submitted year against saves, and refuses submitting it twice", () => {
    expectRefused(() => save(official(), 999), "conflict", "year_submitted");
    expectRefused(() => save(admin(), 999), "conflict", "year_submitted");
    expectRefused(() => move(official(), "submit"), "conflict", "wrong_state");
  });

  it("requires a remark to return, and refuses a remark on an unknown indicator", () => {
    expectRefused(() => move(evaluator(), "return", { comment: "  " }), "bad_request", "comment_required");
    expectRefused(() => move(evaluator(), "return", { fieldComments: [{ indicatorKey: "no_such_key", body: "x" }] }), "bad_request", "unknown_indicator");
    expectRefused(() => move(evaluator(), "approve", { fieldComments: [{ indicatorKey: "hte_count", body: "x" }] }), "bad_request", "invalid_form");
  });

  it("returns with a general remark and remarks on fields, all in one round", () => {
    move(evaluator(), "return", {
      comment: "Please check the R&D figures.",
      fieldComments: [
        { indicatorKey: "hte_count", body: "Twice last year's count?" },
        { indicatorKey: "rd_intensity", body: "Source?" },
      ],
    });
    expect(statusOf()).toBe("returned");
    expect(lastAudit()).toMatchObject({ oldValue: '{"status":"submitted"}', newValue: '{"status":"returned"}', reason: "Please check the R&D figures." });
    const feedback = getReturnFeedback(areaId(AREA), YEAR);
    expect(feedback.general.map((c) => c.body)).toEqual(["Please check the R&D figures."]);
    expect(Object.fromEntries(Object.entries(feedback.byIndicator).map(([k, v]) => [k, v.map((c) => c.body)]))).toEqual({
      hte_count: ["Twice last year's count?"],
      rd_intensity: ["Source?"],
    });
  });

  it("lets the official correct a returned year and submit it again; only the latest return's remarks count", () => {
    const saved = save(official(), 1234);
    expect(saved.saved).toBe(1);
    move(official(), "submit");
    move(evaluator(), "return", { fieldComments: [{ indicatorKey: "hte_count", body: "Still too high." }] });
    const feedback = getReturnFeedback(areaId(AREA), YEAR);
    expect(feedback.general).toEqual([]);
    expect(Object.keys(feedback.byIndicator)).toEqual(["hte_count"]);
    expect(feedback.byIndicator.hte_count?.map((c) => c.body)).toEqual(["Still too high."]);
    // The reason of a return without a general remark names the fields.
    expect(lastAudit().reason).toBe("hte_count: Still too high.");
    save(official(), 1200);
    move(official(), "submit");
  });

  it("lets only one of two evaluators act on the same submission (compare-and-set)", () => {
    // Both saw the year as submitted; the first decision wins, the second changes nothing.
    const first = evaluator();
    const second = admin();
    move(first, "approve", { comment: "Looks right." });
    expect(statusOf()).toBe("approved");
    expectRefused(() => move(second, "return", { comment: "Wait" }), "conflict", "wrong_state");
    expectRefused(() => move(second, "approve"), "conflict", "wrong_state");
  });

  it("locks an approved year until an evaluator reopens it with a reason", () => {
    expectRefused(() => save(official(), 1), "conflict", "year_approved");
    expectRefused(() => save(admin(), 1), "conflict", "year_approved");
    expectRefused(() => move(official(), "submit"), "conflict", "wrong_state");
    expectRefused(() => move(evaluator(), "reopen", { comment: "" }), "bad_request", "reason_required");
    move(evaluator(), "reopen", { comment: "Bulletin revised in June" });
    expect(statusOf()).toBe("draft");
    expect(lastAudit()).toMatchObject({ oldValue: '{"status":"approved"}', newValue: '{"status":"draft"}', reason: "Bulletin revised in June" });
    expect(save(official(), 1210).saved).toBe(1);
  });

  it("lets an administrator submit any area's year", () => {
    expect(changeAreaYearStatus({ actor: admin(), areaCode: "tongling", year: 2022, transition: "submit", comment: "" })).toEqual({ from: "draft", to: "submitted" });
    expect(statusOf("tongling", 2022)).toBe("submitted");
  });

  it("answers not_found for an unknown area", () => {
    expectRefused(() => changeAreaYearStatus({ actor: evaluator(), areaCode: "nowhere", year: 2024, transition: "approve", comment: "" }), "not_found");
  });
});

describe("the state change and its audit record are one transaction", () => {
  it("leaves the state unchanged when the audit record cannot be written", () => {
    const db = getDb();
    const before = snapshot();
    db.run(sql`create temp trigger audit_fails before insert on audit_log begin select raise(abort, 'audit unavailable'); end`);
    try {
      expect(() => move(official(), "submit", { comment: "lost" })).toThrow(/audit unavailable/);
    } finally {
      db.run(sql`drop trigger audit_fails`);
    }
    expect(snapshot()).toEqual(before);
    expect(statusOf()).toBe("draft");
  });
});

describe("audit records cannot be changed or removed", () => {
  it("refuses UPDATE and DELETE in the database itself", () => {
    const db = getDb();
    const before = db.select().from(auditLog).orderBy(auditLog.id).all();
    expect(before.length).toBeGreaterThan(0);
    expect(() => db.update(auditLog).set({ reason: "tampered" }).run()).toThrow(/audit records cannot be changed/);
    expect(() => db.delete(auditLog).where(eq(auditLog.id, before[0]!.id)).run()).toThrow(/audit records cannot be removed/);
    expect(db.select().from(auditLog).orderBy(auditLog.id).all()).toEqual(before);
  });
});

describe("comments", () => {
  it("are open to reviewers and the area's own official only", () => {
    expect(addReviewComment({ actor: evaluator(), areaCode: AREA, year: YEAR, body: "Noted", indicatorKey: "hte_count" }).id).toBeGreaterThan(0);
    expect(addReviewComment({ actor: official(), areaCode: AREA, year: YEAR, body: "Thanks" }).id).toBeGreaterThan(0);
    expectRefused(() => addReviewComment({ actor: otherOfficial(), areaCode: AREA, year: YEAR, body: "Hi" }), "forbidden", "not_your_area");
    expectRefused(() => addReviewComment({ actor: { id: 9001, role: "viewer", status: "active", areaId: null }, areaCode: AREA, year: YEAR, body: "Hi" }), "forbidden");
    expectRefused(() => addReviewComment({ actor: evaluator(), areaCode: AREA, year: YEAR, body: "   " }), "bad_request", "comment_required");
  });
});

describe("reads", () => {
  it("filters the review queue by state, level, wave and year", () => {
    const submitted = listReviewQueue({ status: "submitted", page: 1 });
    expect(submitted.rows.every((r) => r.status === "submitted")).toBe(true);
    expect(submitted.rows.map((r) => `${r.areaCode}/${r.year}`)).toEqual(expect.arrayContaining(["changxing-etdz/2025", "tongling/2022"]));
    const county = listReviewQueue({ status: "submitted", level: "county", year: 2025, page: 1 });
    expect(county.rows.map((r) => r.areaCode).sort()).toEqual(["changxing-etdz", "liuyang-etdz", "ninghai-etdz"]);
    expect(county.total).toBe(3);
    const returned = listReviewQueue({ status: "returned", page: 1 });
    expect(returned.rows.map((r) => `${r.areaCode}/${r.year}`)).toEqual(["xiaolan-etdz/2025"]);
    const all = listReviewQueue({ status: "all", wave: "1", page: 1 }, 10);
    expect(all.rows).toHaveLength(10);
    expect(all.total).toBeGreaterThan(10);
  });

  it("searches the review queue by area code or name, and shows the last page for a page past the end", () => {
    const byName = listReviewQueue({ status: "submitted", q: "长兴", page: 1 });
    expect(byName.rows.map((r) => `${r.areaCode}/${r.year}`)).toContain("changxing-etdz/2025");
    expect(byName.rows.every((r) => r.areaCode === "changxing-etdz")).toBe(true);
    expect(byName.total).toBe(byName.rows.length);
    expect(listReviewQueue({ status: "all", q: "CHANGXING", page: 1 }).rows.every((r) => r.areaCode === "changxing-etdz")).toBe(true);
    expect(listReviewQueue({ status: "all", q: "no such area", page: 1 }).total).toBe(0);
    // Wildcards in the text are taken literally: no name holds % or _.
    expect(listReviewQueue({ status: "all", q: "%", page: 1 }).total).toBe(0);
    expect(listReviewQueue({ status: "all", q: "changxing_etdz", page: 1 }).total).toBe(0);
    expect(listReviewQueue({ status: "all", q: "changxing-etdz", page: 1 }).total).toBeGreaterThan(0);

    const all = listReviewQueue({ status: "all", page: 1 }, 10);
    const pages = Math.ceil(all.total / 10);
    const past = listReviewQueue({ status: "all", page: pages + 5 }, 10);
    expect(past.page).toBe(pages);
    expect(past.rows.length).toBe(all.total - (pages - 1) * 10);
  });

  it("lists audit records newest first, filtered by area, user, indicator, entity and dates", () => {
    const statusChanges = listAuditRecords({ area: AREA, entity: "area_year", page: 1 });
    expect(statusChanges.rows[0]?.changes).toEqual([{ field: "status", before: "approved", after: "draft" }]);
    expect(statusChanges.rows.every((r) => r.entityKey === "huangshi/2024")).toBe(true);
    const byUser = listAuditRecords({ user: "OFFICIAL.HUANGSHI", entity: "value", page: 1 });
    expect(byUser.rows.length).toBeGreaterThan(0);
    expect(byUser.rows.every((r) => r.actorEmail === "official.huangshi@demo.local")).toBe(true);
    const hte = listAuditRecords({ area: AREA, indicator: "hte_count", page: 1 });
    expect(hte.rows[0]?.changes).toEqual([{ field: "value", before: 1200, after: 1210 }]);
    expect(listAuditRecords({ area: AREA, to: "2020-01-01", page: 1 }).total).toBe(0);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    expect(listAuditRecords({ area: AREA, from: today, to: today, page: 1 }).total).toBe(listAuditRecords({ area: AREA, page: 1 }).total);
  });

  it("gives each value's history, newest first", () => {
    const history = getValueHistory(areaId(AREA), YEAR).hte_count ?? [];
    expect(history).toHaveLength(3);
    expect(history.slice(0, 2).map((h) => [h.action, h.before, h.after, h.actorName])).toEqual([
      ["update", 1200, 1210, "黄石 演示联络员"],
      ["update", 1234, 1200, "黄石 演示联络员"],
    ]);
    expect(history[2]?.after).toBe(1234);
  });

  it("describes changes field by field", () => {
    expect(describeChanges('{"value":1,"note":null}', '{"value":2,"note":null,"flagged":false,"source":"bulletin"}')).toEqual([
      { field: "value", before: 1, after: 2 },
      { field: "source", before: undefined, after: "bulletin" },
    ]);
    expect(describeChanges(null, '{"status":"pending"}')).toEqual([{ field: "status", before: undefined, after: "pending" }]);
    expect(describeChanges('{"value":3}', null)).toEqual([{ field: "value", before: 3, after: undefined }]);
  });
});

// Last, so that its save stays out of the audit records the tests above read.
describe("the queue's year filter", () => {
  it("lists the queue's years latest first, and a year saved for the first time at once", () => {
    const before = listReviewYears();
    expect(before).toEqual([...before].sort((a, b) => b - a));
    expect(before).toContain(2024);
    expect(before).not.toContain(2016);
    save(official(), 5, 2016);
    expect(listReviewYears()).toEqual([...before, 2016]);
  });
});

describe("an area's latest year states", () => {
  it("gives the latest years first, as many as asked, each area its own", () => {
    const states = (code: string) =>
      getDb().select({ year: areaYears.year, status: areaYears.status }).from(areaYears).where(eq(areaYears.areaId, areaId(code))).all().sort((a, b) => b.year - a.year);
    const huangshi = states(AREA);
    expect(huangshi.length).toBeGreaterThan(3);
    expect(listLatestYearStates(areaId(AREA), 3).map(({ year, status }) => ({ year, status }))).toEqual(huangshi.slice(0, 3));
    expect(listLatestYearStates(areaId("zigong"), 2).map(({ year, status }) => ({ year, status }))).toEqual(states("zigong").slice(0, 2));
    expect(listLatestYearStates(areaId(AREA), 100)).toHaveLength(huangshi.length);
  });
});
