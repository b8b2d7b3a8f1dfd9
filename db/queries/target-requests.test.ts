import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Targets keep their meaning (docs/methodology.md, targets): once the target year's values are
// submitted an official's change goes through a request an evaluator decides, and an approved year's
// summary shows the targets as they stood at its approval, read back from the audit trail.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-target-requests-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, areaYears, auditLog, targetChangeRequests, targets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { currentProposal, getOverviewReport } from "@/lib/services/overview";
import { getAreaProgress, listPeriodStatuses } from "@/lib/services/progress";
import { getSummaryReport } from "@/lib/services/summary";
import { prepareDatabase } from "@/scripts/prepare-db";
import { changeAreaYearStatus } from "./review";
import { decideTargetRequest, fileTargetRequest, listAreaTargetRequests, listPendingTargetRequests } from "./target-requests";
import { deleteTarget, getAreaTargetsAsAt, saveTarget } from "./targets";

// Xuzhou: 2023, 2024 and 2025 approved in the demo data; the 14th period (target year 2025) is closed.
const AREA = "xuzhou";
const OTHER = "zigong";

function actorFor(email: string): Actor {
  const u = getDb().select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId }).from(users).where(eq(users.email, email)).get();
  if (!u) throw new Error(`no user ${email}`);
  return u;
}
const official = () => actorFor(`official.${AREA}@demo.local`);
const otherOfficial = () => actorFor(`official.${OTHER}@demo.local`);
const evaluator = () => actorFor("evaluator@demo.local");
const admin = () => actorFor("admin@demo.local");
const areaId = () => getDb().select({ id: areas.id }).from(areas).where(eq(areas.code, AREA)).get()!.id;

function target(indicatorKey: string, period = "fyp14") {
  return getDb()
    .select({ kind: targets.kind, value: targets.value, baseYear: targets.baseYear })
    .from(targets)
    .where(and(eq(targets.areaId, areaId()), eq(targets.indicatorKey, indicatorKey), eq(targets.period, period)))
    .get();
}
const count = (table: typeof auditLog | typeof targetChangeRequests | typeof targets) => getDb().select({ n: sql<number>`count(*)` }).from(table).get()!.n;
const snapshot = () => ({ audit: count(auditLog), requests: count(targetChangeRequests), targets: count(targets) });

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e.message;
    throw e;
  }
  throw new Error("not refused");
}

/** The summary's target for one indicator, or undefined when the summary has no target for it. */
const summaryTarget = (year: number, key: string) => getSummaryReport(AREA, year).progress.find((p) => p.indicatorKey === key)?.targetValue;

// Two absolute 14th-period targets of the area, and an indicator it set none for.
let changed: { key: string; value: number };
let untouched: { key: string; value: number };
let untargeted: string;

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  const rows = getDb()
    .select({ key: targets.indicatorKey, kind: targets.kind, value: targets.value })
    .from(targets)
    .where(and(eq(targets.areaId, areaId()), eq(targets.period, "fyp14"), eq(targets.kind, "absolute")))
    .all()
    .filter((t) => t.key !== "co2_intensity_index");
  changed = { key: rows[0]!.key, value: rows[0]!.value };
  untouched = { key: rows[1]!.key, value: rows[1]!.value };
  const targeted = new Set(getDb().select({ key: targets.indicatorKey }).from(targets).where(and(eq(targets.areaId, areaId()), eq(targets.period, "fyp14"))).all().map((r) => r.key));
  untargeted = ["rd_intensity", "sei_share", "digital_core_share", "hte_count"].find((k) => !targeted.has(k))!;
  expect(untargeted).toBeDefined();
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("a target whose target-year values are submitted", () => {
  it("cannot be changed or removed directly by an official once the target year is submitted", () => {
    // The open 15th period: 2030 submitted (a state the demo data cannot reach yet) locks its targets.
    const id = areaId();
    saveTarget({ actor: official(), areaCode: AREA, indicatorKey: "rd_intensity", period: "fyp15", kind: "absolute", value: 3.2, baseYear: 2025, reason: "" });
    getDb().insert(areaYears).values({ areaId: id, year: 2030, version: 0, status: "submitted" }).run();
    const before = snapshot();
    expect(refusal(() => saveTarget({ actor: official(), areaCode: AREA, indicatorKey: "rd_intensity", period: "fyp15", kind: "absolute", value: 2.5, baseYear: 2025, reason: "lower" }))).toBe("target_locked");
    expect(refusal(() => deleteTarget({ actor: official(), areaCode: AREA, indicatorKey: "rd_intensity", period: "fyp15", reason: "drop" }))).toBe("target_locked");
    expect(refusal(() => saveTarget({ actor: official(), areaCode: AREA, indicatorKey: "sei_share", period: "fyp15", kind: "absolute", value: 20, baseYear: 2025, reason: "new" }))).toBe("target_locked");
    expect(snapshot()).toEqual(before);
    expect(target("rd_intensity", "fyp15")?.value).toBe(3.2);
    // A draft target year leaves the direct change open.
    getDb().update(areaYears).set({ status: "draft" }).where(and(eq(areaYears.areaId, id), eq(areaYears.year, 2030))).run();
    saveTarget({ actor: official(), areaCode: AREA, indicatorKey: "rd_intensity", period: "fyp15", kind: "absolute", value: 3.4, baseYear: 2025, reason: "raised" });
    expect(target("rd_intensity", "fyp15")?.value).toBe(3.4);
  });

  it("refuses a request while the target can still be changed directly, and a removal of no target", () => {
    const before = snapshot();
    expect(refusal(() => fileTargetRequest({ actor: official(), action: "set", areaCode: AREA, indicatorKey: "rd_intensity", period: "fyp15", kind: "absolute", value: 3, reason: "r" }))).toBe(
      "request_not_needed",
    );
    expect(refusal(() => fileTargetRequest({ actor: official(), action: "remove", areaCode: AREA, indicatorKey: untargeted, period: "fyp14", reason: "r" }))).toBe("no_target");
    expect(refusal(() => fileTargetRequest({ actor: official(), action: "set", areaCode: AREA, indicatorKey: changed.key, period: "fyp99", kind: "absolute", value: 3, reason: "r" }))).toBe(
      "unknown_period",
    );
    expect(refusal(() => fileTargetRequest({ actor: official(), action: "set", areaCode: AREA, indicatorKey: changed.key, period: "fyp14", kind: "absolute", value: 3, baseYear: 2025, reason: "r" }))).toBe(
      "invalid_base_year",
    );
    expect(snapshot()).toEqual(before);
  });

  it("is filed for one's own area only, by an official", () => {
    const before = snapshot();
    const ask = (actor: Actor) => () => fileTargetRequest({ actor, action: "set", areaCode: AREA, indicatorKey: changed.key, period: "fyp14", kind: "absolute", value: 1, reason: "r" });
    expect(refusal(ask(otherOfficial()))).toBe("not_your_area");
    expect(refusal(ask(evaluator()))).toBe("forbidden");
    expect(refusal(ask(admin()))).toBe("forbidden");
    expect(snapshot()).toEqual(before);
  });

  it("files a request, audited, and leaves the target until it is decided; one pending request per target", () => {
    const asked = changed.value - 4;
    const before = snapshot();
    const { id } = fileTargetRequest({ actor: official(), action: "set", areaCode: AREA, indicatorKey: changed.key, period: "fyp14", kind: "absolute", value: asked, reason: "统计口径调整" });
    expect(snapshot()).toEqual({ audit: before.audit + 1, requests: before.requests + 1, targets: before.targets });
    expect(target(changed.key)?.value).toBe(changed.value);
    const [row] = listAreaTargetRequests(areaId(), "fyp14");
    expect(row).toMatchObject({ id, status: "pending", action: "set", value: asked, baseYear: 2020, reason: "统计口径调整", currentValue: changed.value, targetYear: 2025 });
    expect(listPendingTargetRequests().rows.map((r) => r.id)).toEqual([id]);
    const record = getDb().select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()!;
    expect(record).toMatchObject({ entity: "target_request", action: "create", areaId: areaId(), indicatorKey: changed.key, year: 2025, reason: "统计口径调整" });

    const again = snapshot();
    expect(refusal(() => fileTargetRequest({ actor: official(), action: "set", areaCode: AREA, indicatorKey: changed.key, period: "fyp14", kind: "absolute", value: 1, reason: "again" }))).toBe("request_pending");
    expect(snapshot()).toEqual(again);
  });

  it("is decided by an evaluator only; declining needs a note and leaves the target", () => {
    const { id } = listPendingTargetRequests().rows[0]!;
    const before = snapshot();
    expect(refusal(() => decideTargetRequest({ actor: official(), requestId: id, decision: "approve", note: "" }))).toBe("forbidden");
    expect(refusal(() => decideTargetRequest({ actor: evaluator(), requestId: id, decision: "decline", note: "" }))).toBe("note_required");
    expect(refusal(() => decideTargetRequest({ actor: evaluator(), requestId: 999_999, decision: "approve", note: "" }))).toBe("request_not_found");
    expect(snapshot()).toEqual(before);

    expect(decideTargetRequest({ actor: evaluator(), requestId: id, decision: "decline", note: "口径未变" })).toEqual({ status: "declined" });
    expect(target(changed.key)?.value).toBe(changed.value);
    expect(snapshot()).toEqual({ ...before, audit: before.audit + 1 });
    expect(listAreaTargetRequests(areaId(), "fyp14")[0]).toMatchObject({ status: "declined", decisionNote: "口径未变", decidedByName: "演示评估员" });
    expect(refusal(() => decideTargetRequest({ actor: evaluator(), requestId: id, decision: "approve", note: "" }))).toBe("request_decided");
  });
});

describe("a summary of an approved year", () => {
  let valuesBefore: Record<string, number | null | undefined>;

  it("shows the demo targets before any change (the baseline the rest compares with)", () => {
    valuesBefore = { changed2024: summaryTarget(2024, changed.key), untouched2024: summaryTarget(2024, untouched.key), changed2025: summaryTarget(2025, changed.key) };
    expect(valuesBefore).toEqual({ changed2024: changed.value, untouched2024: untouched.value, changed2025: changed.value });
    expect(summaryTarget(2024, untargeted)).toBeUndefined();
  });

  it("approving a request changes the target, audits it, and the 2024 and 2025 summaries keep the old value", () => {
    const asked = changed.value - 4;
    const { id } = fileTargetRequest({ actor: official(), action: "set", areaCode: AREA, indicatorKey: changed.key, period: "fyp14", kind: "absolute", value: asked, reason: "规划中期调整" });
    const before = snapshot();
    expect(decideTargetRequest({ actor: evaluator(), requestId: id, decision: "approve", note: "" })).toEqual({ status: "approved" });
    // The target, its audit record (old and new, the request's reason) and the decision's.
    expect(target(changed.key)).toEqual({ kind: "absolute", value: asked, baseYear: 2020 });
    expect(snapshot()).toEqual({ ...before, audit: before.audit + 2 });
    const record = getDb().select().from(auditLog).where(eq(auditLog.entity, "target")).orderBy(desc(auditLog.id)).limit(1).get()!;
    expect(record).toMatchObject({ action: "update", indicatorKey: changed.key, year: 2025, reason: "规划中期调整", actorId: evaluator().id });
    expect(JSON.parse(record.oldValue!)).toMatchObject({ value: changed.value });
    expect(JSON.parse(record.newValue!)).toMatchObject({ value: asked });
    // Today's progress follows the new target ...
    const now = getAreaProgress(areaId(), { asOfYear: 2024, audience: "full" }).find((p) => p.indicatorKey === changed.key)!;
    expect(now.target?.value).toBe(asked);
    // ... the approved years' summaries do not.
    expect(summaryTarget(2024, changed.key)).toBe(changed.value);
    expect(summaryTarget(2025, changed.key)).toBe(changed.value);
    expect(summaryTarget(2024, untouched.key)).toBe(untouched.value);
  });

  it("a target added after the approval is not in the 2024 summary", () => {
    saveTarget({ actor: admin(), areaCode: AREA, indicatorKey: untargeted, period: "fyp14", kind: "absolute", value: 50, baseYear: 2020, reason: "补设" });
    expect(getAreaProgress(areaId(), { asOfYear: 2024, audience: "full" }).find((p) => p.indicatorKey === untargeted)?.target?.value).toBe(50);
    expect(summaryTarget(2024, untargeted)).toBeUndefined();
    expect(getAreaTargetsAsAt(areaId(), { code: "fyp14", targetYear: 2025 }, { at: new Date("2025-04-16T00:00:00+08:00") }).map((t) => t.indicatorKey)).not.toContain(untargeted);
  });

  it("the overview counts the 2024 grade toward the same targets as the summary, not today's", () => {
    const summary = getSummaryReport(AREA, 2024, "full");
    const row = getOverviewReport(2024, "full")
      .levels.flatMap((l) => l.rows)
      .find((r) => r.code === AREA)!;
    expect(row.onTrack.targets).toBe(summary.grade.onTrack.targets);
    expect(row.onTrack.onTrack).toBe(summary.grade.onTrack.onTrack);
    expect(row.proposed).toBe(summary.grade.proposed);
    expect(currentProposal(AREA, 2024)).toBe(summary.grade.proposed);
    const statuses = listPeriodStatuses([areaId()], [2024], "full").get(`${areaId()}:2024`)!;
    expect([...statuses].sort()).toEqual(summary.progress.map((p) => p.status).sort());
    // Today's targets hold one more, the one added after the approval.
    expect(getAreaProgress(areaId(), { asOfYear: 2024, audience: "full" }).filter((p) => p.target !== null)).toHaveLength(statuses.length + 1);
  });

  it("a target removed after the approval still counts in the approved 2025, judged on its values", () => {
    deleteTarget({ actor: admin(), areaCode: AREA, indicatorKey: untouched.key, period: "fyp14", reason: "指标口径调整" });
    const summary = getSummaryReport(AREA, 2025, "full");
    const judged = summary.progress.find((p) => p.indicatorKey === untouched.key)!;
    expect(["met", "missed"]).toContain(judged.status);
    const statuses = listPeriodStatuses([areaId()], [2025], "full").get(`${areaId()}:2025`)!;
    expect([...statuses].sort()).toEqual(summary.progress.map((p) => p.status).sort());
  });

  it("a year no longer approved shows today's targets", () => {
    changeAreaYearStatus({ actor: evaluator(), areaCode: AREA, year: 2024, transition: "reopen", comment: "补充数据" });
    expect(summaryTarget(2024, changed.key)).toBe(changed.value - 4);
    expect(summaryTarget(2024, untargeted)).toBe(50);
    // 2025 is still approved: still the targets of its approval.
    expect(summaryTarget(2025, changed.key)).toBe(changed.value);
    expect(summaryTarget(2025, untargeted)).toBeUndefined();
  });

  it("approved again, the year shows the targets of its new approval", () => {
    changeAreaYearStatus({ actor: official(), areaCode: AREA, year: 2024, transition: "submit", comment: "" });
    changeAreaYearStatus({ actor: evaluator(), areaCode: AREA, year: 2024, transition: "approve", comment: "" });
    expect(summaryTarget(2024, changed.key)).toBe(changed.value - 4);
    expect(summaryTarget(2024, untargeted)).toBe(50);
  });
});
