import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-summary-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, gradeDecisions, qualitativeAssessments, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getComparePayload } from "@/lib/services/compare";
import { getOverviewReport } from "@/lib/services/overview";
import { getSummaryReport } from "@/lib/services/summary";
import { prepareDatabase } from "@/scripts/prepare-db";
import { saveAssessments } from "./assessments";
import { decideGrade } from "./summary";

const AREA = "xuzhou";
const YEAR = 2024;

function actorFor(email: string): Actor {
  const u = getDb().select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId }).from(users).where(eq(users.email, email)).get();
  if (!u) throw new Error(`no user ${email}`);
  return u;
}
const evaluator = () => actorFor("evaluator@demo.local");
const official = () => actorFor(`official.${AREA}@demo.local`);

const blank = { score: null, comment: "" };
const aspects = (park: { score: number | null; comment: string }) => ({
  park_building: park,
  industrial_development: blank,
  urban_renewal: blank,
  green_low_carbon: blank,
});

function lastAudit(entity: "assessment" | "grade") {
  return getDb().select().from(auditLog).where(eq(auditLog.entity, entity)).orderBy(desc(auditLog.id)).limit(1).get();
}

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("the summary of one area-year", () => {
  it("quotes the Compare page's numbers for the default group, and the narrative quotes the summary's", () => {
    const report = getSummaryReport(AREA, YEAR);
    const compare = getComparePayload({ area: AREA, year: YEAR });
    expect(report.peerGroup.spec).toBe("level:city");
    expect(report.scores.composite).toBe(compare.scores.composite);
    expect(report.scores.rank).toBe(compare.scores.rank);
    expect(report.peerMedian).toEqual(compare.peerMedian);
    const sentence = report.narrative.zh.find((s) => s.id === "composite")!;
    expect(sentence.text).toContain(`${report.scores.composite!.toFixed(1)}分`);
    // Every targeted indicator is in the progress table, in display order, and each has a status sentence.
    for (const p of report.progress) expect(report.narrative.zh.some((s) => s.sources.includes(`progress.${p.indicatorKey}`))).toBe(true);
  });

  it("scores net migration for the diagnosis although the composite leaves it out", () => {
    const report = getSummaryReport(AREA, YEAR);
    const row = report.diagnosis.flatMap((d) => d.indicators).find((i) => i.indicatorKey === "net_migration_rate")!;
    expect(row.inComposite).toBe(false);
    expect(report.netMigrationScored).toBe(true);
    expect(row.score).not.toBeNull();
    expect(row.ranked).toBeGreaterThanOrEqual(3);
  });

  it("compares movers on one scale: the change is the difference of the two scores shown", () => {
    const report = getSummaryReport(AREA, YEAR);
    expect(report.movers).not.toBeNull();
    for (const m of report.movers!) expect(m.change).toBeCloseTo(m.score - m.previousScore, 6);
    // The first year of the window has no year before it to compare with.
    expect(getSummaryReport(AREA, 2020).movers).toBeNull();
  });

  it("is not found for a year without data or an unknown area", () => {
    expect(() => getSummaryReport(AREA, 2019)).toThrow(AppError);
    expect(() => getSummaryReport("nowhere", YEAR)).toThrow(AppError);
  });
});

describe("saveAssessments", () => {
  it("writes only what changed, each change audited old → new, and removes a cleared aspect", () => {
    expect(saveAssessments({ actor: evaluator(), areaCode: AREA, year: YEAR, aspects: aspects({ score: 4, comment: "good parks" }) })).toEqual({ changed: 1 });
    expect(lastAudit("assessment")).toMatchObject({
      action: "create",
      entityKey: `${AREA}/${YEAR}/park_building`,
      year: YEAR,
      oldValue: null,
      newValue: JSON.stringify({ score: 4, comment: "good parks" }),
    });
    // The same again changes nothing and records nothing.
    const before = lastAudit("assessment")!.id;
    expect(saveAssessments({ actor: evaluator(), areaCode: AREA, year: YEAR, aspects: aspects({ score: 4, comment: "good parks" }) })).toEqual({ changed: 0 });
    expect(lastAudit("assessment")!.id).toBe(before);

    saveAssessments({ actor: evaluator(), areaCode: AREA, year: YEAR, aspects: aspects({ score: 2, comment: "" }) });
    expect(lastAudit("assessment")).toMatchObject({
      action: "update",
      oldValue: JSON.stringify({ score: 4, comment: "good parks" }),
      newValue: JSON.stringify({ score: 2, comment: null }),
    });
    expect(getSummaryReport(AREA, YEAR).narrative.zh.find((s) => s.id === "evaluator")?.text).toBe("评估人员定性评分（1–5分）：园区建设2分。");

    saveAssessments({ actor: evaluator(), areaCode: AREA, year: YEAR, aspects: aspects(blank) });
    expect(lastAudit("assessment")).toMatchObject({ action: "delete", newValue: null });
    expect(getDb().select().from(qualitativeAssessments).all()).toHaveLength(0);
  });

  it("refuses an official (no assessments.write) and writes nothing", () => {
    expect(() => saveAssessments({ actor: official(), areaCode: AREA, year: YEAR, aspects: aspects({ score: 5, comment: "" }) })).toThrow(
      expect.objectContaining({ code: "forbidden" }),
    );
    expect(getDb().select().from(qualitativeAssessments).all()).toHaveLength(0);
  });
});

describe("decideGrade", () => {
  const decision = () => getDb().select().from(gradeDecisions).where(eq(gradeDecisions.year, YEAR)).get();

  it("confirms the proposal, audited", () => {
    decideGrade({ actor: evaluator(), areaCode: AREA, year: YEAR, decision: "confirm", reason: "", proposed: "good" });
    expect(decision()).toMatchObject({ proposedGrade: "good", finalGrade: "good", reason: null });
    expect(lastAudit("grade")).toMatchObject({ action: "create", entityKey: `${AREA}/${YEAR}`, oldValue: null });
  });

  it("overrides only with a reason and another grade", () => {
    const refused = (params: Partial<Parameters<typeof decideGrade>[0]>, message: string) =>
      expect(() => decideGrade({ actor: evaluator(), areaCode: AREA, year: YEAR, decision: "override", reason: "", proposed: "good", ...params })).toThrow(
        expect.objectContaining({ message }),
      );
    refused({ finalGrade: "poor" }, "reason_required");
    refused({ finalGrade: "good", reason: "same" }, "override_same_grade");
    refused({ decision: "confirm", proposed: null }, "no_proposed_grade");
    expect(decision()).toMatchObject({ finalGrade: "good" });

    decideGrade({ actor: evaluator(), areaCode: AREA, year: YEAR, decision: "override", finalGrade: "fair", reason: "site visit", proposed: "good" });
    expect(decision()).toMatchObject({ proposedGrade: "good", finalGrade: "fair", reason: "site visit" });
    const entry = lastAudit("grade")!;
    expect(entry).toMatchObject({ action: "update", reason: "site visit" });
    expect(JSON.parse(entry.oldValue!)).toEqual({ proposedGrade: "good", finalGrade: "good", reason: null });
    expect(JSON.parse(entry.newValue!)).toMatchObject({ finalGrade: "fair", decision: "override" });
  });

  it("shows the decision on the overview and the summary", () => {
    const row = getOverviewReport(YEAR).levels.find((l) => l.level === "city")!.rows.find((r) => r.code === AREA)!;
    expect(row.decision).toMatchObject({ final: "fair", state: "overridden", reason: "site visit" });
    const summary = getSummaryReport(AREA, YEAR);
    expect(summary.grade).toMatchObject({ final: "fair", state: "overridden", proposedAtDecision: "good" });
  });

  it("refuses an official and an unknown area", () => {
    expect(() => decideGrade({ actor: official(), areaCode: AREA, year: YEAR, decision: "confirm", reason: "", proposed: "good" })).toThrow(
      expect.objectContaining({ code: "forbidden" }),
    );
    expect(() => decideGrade({ actor: evaluator(), areaCode: "nowhere", year: YEAR, decision: "confirm", reason: "", proposed: "good" })).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
    expect(getDb().select().from(gradeDecisions).where(and(eq(gradeDecisions.year, YEAR))).all()).toHaveLength(1);
  });
});

describe("the national overview", () => {
  it("ranks each level separately and proposes the grade the summary proposes", () => {
    const overview = getOverviewReport(YEAR);
    expect(overview.levels.map((l) => [l.level, l.rows.length])).toEqual([
      ["city", 20],
      ["county", 20],
    ]);
    for (const level of overview.levels) expect(level.rows[0]!.rank).toBe(1);
    for (const code of ["zigong", "tengchong-edz", "daqing"]) {
      const row = overview.levels.flatMap((l) => l.rows).find((r) => r.code === code)!;
      const summary = getSummaryReport(code, YEAR);
      expect(row.proposed, code).toBe(summary.grade.proposed);
      expect(row.composite, code).toBe(summary.scores.composite);
    }
  });
});
