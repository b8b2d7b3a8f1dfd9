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
    const own = (year: number) => getAreaSeries(dalian.id).find((p) => p.indicatorKey === "rd_intensity" && p.year === year)?.value ?? null;
    expect(aid.previous).toEqual({ baseYear: 2020, targetYear: 2025, baseValue: own(2020), targetYearValue: own(2025) });
    // The same paces computed here from each peer's own series: the other active areas of Dalian's level.
    const pairs = listPeerAreas()
      .filter((a) => a.level === dalian.level && a.id !== dalian.id)
      .flatMap((a) => {
        const s = getAreaSeries(a.id).filter((p) => p.indicatorKey === "rd_intensity");
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
