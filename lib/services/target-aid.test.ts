import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-target-aid-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { getAreaByCode } from "@/db/queries/areas";
import { findPeriod } from "@/lib/domain/plan";
import { peerPacesOf, yearlyPace } from "@/lib/domain/target-aid";
import { prepareDatabase } from "@/scripts/prepare-db";
import { getAreaSeries, listPeerAreas, listPlanPeriods } from "./kept-reads";
import { getTargetAidInputs, proposedTargetFlag } from "./target-aid";

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("the targets page's aid for the 15th period", () => {
  const fyp15 = () => findPeriod(listPlanPeriods(), "fyp15")!;

  it("reads the area's 2020 and 2025 values and its level's peers' paces between them", () => {
    const dalian = getAreaByCode("dalian")!;
    const aid = getTargetAidInputs(dalian, fyp15())!.get("rd_intensity")!;
    const own = (year: number) => getAreaSeries(dalian.id, "full").find((p) => p.indicatorKey === "rd_intensity" && p.year === year)?.value ?? null;
    expect(aid.previous).toEqual({ baseYear: 2020, targetYear: 2025, baseValue: own(2020), targetYearValue: own(2025) });
    // The same paces computed here from each peer's own series: the other active areas of Dalian's level.
    const pairs = listPeerAreas()
      .filter((a) => a.level === dalian.level && a.id !== dalian.id)
      .flatMap((a) => {
        const s = getAreaSeries(a.id, "full").filter((p) => p.indicatorKey === "rd_intensity");
        const from = s.find((p) => p.year === 2020)?.value;
        const to = s.find((p) => p.year === 2025)?.value;
        return from === undefined || to === undefined ? [] : [{ from, to }];
      });
    expect(pairs.length).toBeGreaterThan(10);
    expect(aid.peers).toEqual(peerPacesOf("compound", pairs, 5, "higher"));
  });

  it("flags a target past the best peer as ambitious and one below the area's own pace as undemanding, on the server", () => {
    const dalian = getAreaByCode("dalian")!;
    const aid = getTargetAidInputs(dalian, fyp15())!.get("rd_intensity")!;
    const best = aid.peers!.best;
    const own = yearlyPace("compound", aid.previous.baseValue!, aid.previous.targetYearValue!, 5)!;
    const flag = (yearly: number) => proposedTargetFlag(dalian, fyp15(), "rd_intensity", { kind: "annual_growth", value: yearly * 100, baseYear: 2025, targetYear: 2030 });
    expect(flag(best + 0.001)).toBe("ambitious");
    // Between the area's own pace and the best peer's (or at the best, where the own pace is beyond it): no flag.
    expect(flag(own < best ? (best + own) / 2 : best)).toBeNull();
    expect(flag(own - 0.001)).toBe("undemanding");
  });

  it("has no aid for the first period (none before it)", () => {
    const fyp14 = findPeriod(listPlanPeriods(), "fyp14")!;
    expect(getTargetAidInputs(getAreaByCode("dalian")!, fyp14)).toBeNull();
  });
});

describe("targets keep their meaning", () => {
  it("a 2030 target set now leaves the 2024 and 2025 summaries as they were", async () => {
    const { getSummaryReport } = await import("./summary");
    const { saveTarget } = await import("@/db/queries/targets");
    const { getDb } = await import("@/db/client");
    const { users } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    const before2024 = structuredClone(getSummaryReport("dalian", 2024).progress);
    const before2025 = structuredClone(getSummaryReport("dalian", 2025).progress);
    const official = getDb().select().from(users).where(eq(users.email, "official.dalian@demo.local")).get()!;
    saveTarget({
      actor: { id: official.id, role: official.role, areaId: official.areaId, status: official.status },
      areaCode: "dalian",
      indicatorKey: "hte_count",
      period: "fyp15",
      kind: "absolute",
      value: 99_999,
      reason: "test",
    });
    expect(getSummaryReport("dalian", 2024).progress).toEqual(before2024);
    expect(getSummaryReport("dalian", 2025).progress).toEqual(before2025);
    // The 2025 summary is the 14th period's end: its targets carry verdicts, final where 2025 is approved.
    expect(before2025.every((p) => ["met", "missed", "insufficient_data"].includes(p.status))).toBe(true);
    expect(before2025.some((p) => p.final === true)).toBe(true);
    // …and it compares the area's share of targets met with its peers'.
    const achievement = getSummaryReport("dalian", 2025).achievement!;
    expect(achievement.met + achievement.missed + achievement.insufficient).toBe(before2025.length);
    expect(achievement.share).toBeCloseTo(achievement.met / (achievement.met + achievement.missed), 12);
    expect(achievement.peers).toBeGreaterThan(10);
    expect(getSummaryReport("dalian", 2024).achievement).toBeNull();
  });
});
