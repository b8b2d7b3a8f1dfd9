import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-review-bulk-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, auditLog, indicatorValues, users } from "@/db/schema";
import { prepareDatabase } from "@/scripts/prepare-db";
import type { Actor } from "@/lib/auth/permissions";
import { reviewQueueFiltersSchema } from "@/lib/validations/review";
import { addReviewComment, approveCleanYears, changeAreaYearStatus, getAreaYearState, listReviewQueue } from "./review";

function actorFor(email: string): Actor {
  return getDb().select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId }).from(users).where(eq(users.email, email)).get()!;
}
const areaId = (code: string) => getDb().select({ id: areas.id }).from(areas).where(eq(areas.code, code)).get()!.id;
const statusOf = (code: string, year: number) => getAreaYearState(areaId(code), year).status;
const statusAudits = () => getDb().select({ key: auditLog.entityKey, newValue: auditLog.newValue }).from(auditLog).where(eq(auditLog.action, "status")).orderBy(auditLog.id).all();
const queue = (status = "submitted") => listReviewQueue(reviewQueueFiltersSchema.parse({ status })).rows;

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("the review queue by waiting time", () => {
  it("lists submitted years longest waiting first (changxing 10:00, ninghai 11:00, liuyang 12:00), every one clean", () => {
    expect(queue().map((r) => [r.areaCode, r.year, r.flagged, r.openRemarks])).toEqual([
      ["changxing-etdz", 2025, 0, 0],
      ["ninghai-etdz", 2025, 0, 0],
      ["liuyang-etdz", 2025, 0, 0],
    ]);
  });

  it("keeps the latest change first for the other states", () => {
    const approved = queue("approved");
    expect(approved[0]!.changedAt!.getTime()).toBeGreaterThanOrEqual(approved.at(-1)!.changedAt!.getTime());
  });

  it("counts a reviewer's comment after the submission as an open remark; the official's own comment is none", () => {
    addReviewComment({ actor: actorFor("official.liuyang-etdz@demo.local"), areaCode: "liuyang-etdz", year: 2025, body: "补充说明（测试）" });
    expect(queue().find((r) => r.areaCode === "liuyang-etdz")!.openRemarks).toBe(0);
    addReviewComment({ actor: actorFor("evaluator@demo.local"), areaCode: "ninghai-etdz", year: 2025, body: "请核实研发投入（测试）" });
    expect(queue().find((r) => r.areaCode === "ninghai-etdz")!.openRemarks).toBe(1);
  });
});

describe("approveCleanYears", () => {
  it("refuses an official, changing nothing", () => {
    const before = statusAudits().length;
    const result = approveCleanYears(actorFor("official.changxing-etdz@demo.local"), [{ areaCode: "changxing-etdz", year: 2025 }]);
    expect(result).toEqual({ approved: [], skipped: [{ areaCode: "changxing-etdz", year: 2025, reason: "forbidden" }] });
    expect(statusOf("changxing-etdz", 2025)).toBe("submitted");
    expect(statusAudits()).toHaveLength(before);
  });

  it("approves the clean years one by one with an audit record each, and skips the others saying why", () => {
    // A flag on changxing's 2025 (as a value outside its usual range would have).
    const cx = areaId("changxing-etdz");
    const one = getDb().select({ key: indicatorValues.indicatorKey }).from(indicatorValues).where(and(eq(indicatorValues.areaId, cx), eq(indicatorValues.year, 2025))).limit(1).get()!;
    getDb().update(indicatorValues).set({ flagged: true }).where(and(eq(indicatorValues.areaId, cx), eq(indicatorValues.year, 2025), eq(indicatorValues.indicatorKey, one.key))).run();
    // A clean year: huangshi 2024, submitted by its official now.
    changeAreaYearStatus({ actor: actorFor("official.huangshi@demo.local"), areaCode: "huangshi", year: 2024, transition: "submit", comment: "" });
    const before = statusAudits().length;

    const result = approveCleanYears(actorFor("evaluator@demo.local"), [
      { areaCode: "changxing-etdz", year: 2025 },
      { areaCode: "ninghai-etdz", year: 2025 },
      { areaCode: "liuyang-etdz", year: 2025 },
      { areaCode: "xiaolan-etdz", year: 2025 },
      { areaCode: "huangshi", year: 2024 },
      { areaCode: "no-such-area", year: 2025 },
    ]);
    expect(result.approved).toEqual([
      { areaCode: "liuyang-etdz", year: 2025 },
      { areaCode: "huangshi", year: 2024 },
    ]);
    expect(result.skipped).toEqual([
      { areaCode: "changxing-etdz", year: 2025, reason: "has_flags" },
      { areaCode: "ninghai-etdz", year: 2025, reason: "has_open_remarks" },
      { areaCode: "xiaolan-etdz", year: 2025, reason: "wrong_state" },
      { areaCode: "no-such-area", year: 2025, reason: "area_not_found" },
    ]);
    expect([statusOf("liuyang-etdz", 2025), statusOf("huangshi", 2024)]).toEqual(["approved", "approved"]);
    expect([statusOf("changxing-etdz", 2025), statusOf("ninghai-etdz", 2025), statusOf("xiaolan-etdz", 2025)]).toEqual(["submitted", "submitted", "returned"]);
    const added = statusAudits().slice(before);
    expect(added.map((a) => [a.key, JSON.parse(a.newValue!).status])).toEqual([
      ["liuyang-etdz/2025", "approved"],
      ["huangshi/2024", "approved"],
    ]);
    expect(getDb().select({ n: sql<number>`count(*)` }).from(auditLog).where(eq(auditLog.entityKey, "ninghai-etdz/2025")).get()!.n).toBe(1);
  });

  it("skips a year approved since it was ticked: a second run approves nothing", () => {
    const result = approveCleanYears(actorFor("evaluator@demo.local"), [{ areaCode: "liuyang-etdz", year: 2025 }]);
    expect(result).toEqual({ approved: [], skipped: [{ areaCode: "liuyang-etdz", year: 2025, reason: "wrong_state" }] });
  });
});
