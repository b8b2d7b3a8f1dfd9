import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-progress-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { getAreaByCode } from "@/db/queries/areas";
import { areaYears, indicatorValues, targets } from "@/db/schema";
import { listProgressInputs } from "@/db/queries/summary";
import { summariseStatuses } from "@/lib/domain/progress";
import { prepareDatabase } from "@/scripts/prepare-db";
import { getAreaSeries, hasDemoValues } from "./kept-reads";
import { getAreaProgress, getProgressSummaries, periodStatuses, periodStatusesOf, resolvePeriod, withFinalVerdicts } from "./progress";

// The 14th plan period (the one 2024 belongs to): the demo areas these tests write have its targets.
const fyp14 = () => ({ period: resolvePeriod({ asOfYear: 2024 }), audience: "full" as const });

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

// Both are kept for the areas asked last, until a write: the next read must see any write at once.
describe("an area's kept series and progress", () => {
  it("show a changed value and a changed target at the next read, and each area keeps its own", () => {
    const zigong = getAreaByCode("zigong")!.id;
    const huangshi = getAreaByCode("huangshi")!.id;
    const targeted = getAreaProgress(zigong, fyp14()).find((p) => p.target?.kind === "absolute" && p.result.latestYear !== null)!;
    const key = targeted.indicatorKey;
    const latestYear = targeted.result.latestYear!;
    const otherSeries = getAreaSeries(huangshi, "full");
    expect(getAreaSeries(zigong, "full")).toBe(getAreaSeries(zigong, "full"));

    const latest = targeted.result.latestValue! + 1;
    getDb().update(indicatorValues).set({ value: latest }).where(and(eq(indicatorValues.areaId, zigong), eq(indicatorValues.indicatorKey, key), eq(indicatorValues.year, latestYear))).run();
    expect(getAreaSeries(zigong, "full").find((p) => p.indicatorKey === key && p.year === latestYear)?.value).toBe(latest);
    expect(getAreaProgress(zigong, fyp14()).find((p) => p.indicatorKey === key)?.result.latestValue).toBe(latest);

    const target = targeted.target!.value * 2;
    getDb().update(targets).set({ value: target }).where(and(eq(targets.areaId, zigong), eq(targets.indicatorKey, key))).run();
    expect(getAreaProgress(zigong, fyp14()).find((p) => p.indicatorKey === key)?.result.targetValue).toBe(target);
    expect(getAreaSeries(huangshi, "full")).toEqual(otherSeries);
  });
});

describe("the home page's kept progress counts", () => {
  it("count each area's targeted indicators as its progress does, and change at the next read after a target goes", () => {
    const zigong = getAreaByCode("zigong")!.id;
    const huangshi = getAreaByCode("huangshi")!.id;
    const counts = (id: number) => summariseStatuses(getAreaProgress(id, fyp14()).map((p) => p.result));
    const page = getProgressSummaries([zigong, huangshi], "full", fyp14().period);
    expect(page.get(zigong)).toEqual(counts(zigong));
    expect(page.get(huangshi)).toEqual(counts(huangshi));
    expect(page.get(zigong)!.total).toBeGreaterThan(1);
    // Asked again, alone: the kept counts.
    expect(getProgressSummaries([zigong], "full", fyp14().period).get(zigong)).toBe(page.get(zigong));

    const total = page.get(zigong)!.total;
    const one = getDb().select({ id: targets.id }).from(targets).where(eq(targets.areaId, zigong)).limit(1).get()!;
    getDb().delete(targets).where(eq(targets.id, one.id)).run();
    const after = getProgressSummaries([zigong, huangshi], "full", fyp14().period);
    expect(after.get(zigong)!.total).toBe(total - 1);
    expect(after.get(zigong)).toEqual(counts(zigong));
    expect(after.get(huangshi)).toEqual(page.get(huangshi));
  });

  it("leave out an area without targets", () => {
    const huangshi = getAreaByCode("huangshi")!.id;
    getDb().delete(targets).where(eq(targets.areaId, huangshi)).run();
    expect(getProgressSummaries([huangshi], "full", fyp14().period).has(huangshi)).toBe(false);
  });
});

// The layout asks on every page, so the answer is kept: a write must be seen at once.
describe("the demo-data banner's question", () => {
  it("is answered anew as soon as the demo values are gone, and again when one is back", () => {
    expect(hasDemoValues()).toBe(true);
    getDb().update(indicatorValues).set({ isDemo: false }).run();
    expect(hasDemoValues()).toBe(false);
    const one = getDb().select({ id: indicatorValues.id }).from(indicatorValues).limit(1).get()!;
    getDb().update(indicatorValues).set({ isDemo: true }).where(eq(indicatorValues.id, one.id)).run();
    expect(hasDemoValues()).toBe(true);
  });
});

// Published means approved: the public's progress is assessed from approved years only; a verdict
// turns final when its target year is approved, applied after the kept assessment.
describe("progress as each audience sees it", () => {
  const setStatus = (areaId: number, year: number, status: "submitted" | "approved") =>
    getDb().update(areaYears).set({ status }).where(and(eq(areaYears.areaId, areaId), eq(areaYears.year, year))).run();

  it("judges a submitted 2025 for the full audience, provisionally; the public sees no 2025 until it is approved, then final verdicts", () => {
    // Liuyang submitted 2025 in the demo data and waits for review.
    const liuyang = getAreaByCode("liuyang-etdz")!.id;
    const fyp14Closed = { period: resolvePeriod({ asOfYear: 2025 }) };
    const judged = (audience: "public" | "full") => getAreaProgress(liuyang, { ...fyp14Closed, audience }).filter((p) => p.target !== null);

    const full = judged("full");
    const withValue = full.filter((p) => p.verdict?.targetYearValue !== null);
    expect(withValue.length).toBeGreaterThan(0);
    for (const p of withValue) {
      expect(["met", "missed"]).toContain(p.result.status);
      expect(p.verdict!.final).toBe(false);
      expect(p.result.latestYear).toBe(2025);
    }
    // The public: nothing of 2025, so no verdict has its target-year value.
    for (const p of judged("public")) {
      expect(p.result.status).toBe("insufficient_data");
      expect(p.verdict!.targetYearValue).toBeNull();
      expect(p.result.latestYear === null || p.result.latestYear <= 2024).toBe(true);
    }

    setStatus(liuyang, 2025, "approved");
    const after = judged("public");
    expect(after.map((p) => [p.indicatorKey, p.result.status, p.verdict!.targetYearValue])).toEqual(full.map((p) => [p.indicatorKey, p.result.status, p.verdict!.targetYearValue]));
    for (const p of after.filter((q) => q.verdict!.targetYearValue !== null)) expect(p.verdict!.final).toBe(true);
    for (const p of judged("full").filter((q) => q.verdict!.targetYearValue !== null)) expect(p.verdict!.final).toBe(true);
  });

  it("turns a kept verdict final by its target year's approval alone, leaving the assessment as it was", () => {
    const assessed = [
      { indicatorKey: "a", series: [], target: { kind: "absolute" as const, value: 10, baseYear: 2020, targetYear: 2025 }, result: { status: "met" } as never, verdict: { achievedShare: 1.2, targetYearValue: 11, final: false } },
      { indicatorKey: "b", series: [], target: null, result: { status: "on_track" } as never, verdict: null },
    ];
    // Not approved: the kept array itself.
    expect(withFinalVerdicts(assessed, new Set([2024]))).toBe(assessed);
    const approved = withFinalVerdicts(assessed, new Set([2024, 2025]));
    expect(approved).not.toBe(assessed);
    expect(approved[0]!.verdict).toEqual({ achievedShare: 1.2, targetYearValue: 11, final: true });
    expect(approved[0]!.result).toBe(assessed[0]!.result);
    expect(approved[1]).toBe(assessed[1]);
    // The kept one is not changed.
    expect(assessed[0]!.verdict!.final).toBe(false);
  });

  it("counts the overview's statuses as the area's progress does, a year's period and catalogue resolved once", () => {
    const dalian = getAreaByCode("dalian")!.id;
    const inputs = listProgressInputs([dalian]).get(dalian)!;
    for (const year of [2022, 2024, 2025]) {
      const expected = getAreaProgress(dalian, { asOfYear: year, audience: "full" }).filter((p) => p.target !== null).map((p) => p.result.status);
      expect(periodStatusesOf(year)(inputs)).toEqual(expected);
      expect(periodStatuses(inputs, year)).toEqual(expected);
    }
  });
});
