import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-areas-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, indicatorValues, targets } from "@/db/schema";
import { prepareDatabase } from "@/scripts/prepare-db";
import { summariseStatuses } from "@/lib/domain/progress";
import { getAreaByCode } from "./areas";
import { getAreaProgress, getProgressSummaries } from "./progress";
import { getAreaTargets } from "./targets";
import { getAreaSeries, getAreaValues, hasDemoValues } from "./values";

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

const setStatus = (code: string, status: "active" | "pending" | "rejected") => getDb().update(areas).set({ status }).where(eq(areas.code, code)).run();

// These reads are prepared once per connection and then run with other arguments: each call must
// still answer for its own area, range and visibility.
describe("the prepared reads of one area", () => {
  it("finds an active area whoever asks, a pending one only when asked to include it, a rejected one never", () => {
    expect(getAreaByCode("zigong")?.code).toBe("zigong");
    expect(getAreaByCode("zigong", { includePending: true })?.code).toBe("zigong");
    setStatus("huangshi", "pending");
    expect(getAreaByCode("huangshi")).toBeUndefined();
    expect(getAreaByCode("huangshi", { includePending: true })?.status).toBe("pending");
    setStatus("huangshi", "rejected");
    expect(getAreaByCode("huangshi", { includePending: true })).toBeUndefined();
    setStatus("huangshi", "active");
    expect(getAreaByCode("nowhere", { includePending: true })).toBeUndefined();
  });

  it("reads each area's own values within the range asked, and its own targets", () => {
    const zigong = getAreaByCode("zigong")!.id;
    const huangshi = getAreaByCode("huangshi")!.id;
    const all = getAreaValues(zigong);
    const some = getAreaValues(zigong, { from: 2021, to: 2022 });
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((v) => v.year >= 2021 && v.year <= 2022)).toBe(true);
    expect(some).toEqual(all.filter((v) => v.year >= 2021 && v.year <= 2022));
    expect(getAreaSeries(zigong, { to: 2020 }).every((p) => p.year <= 2020)).toBe(true);
    expect(getAreaSeries(huangshi)).not.toEqual(getAreaSeries(zigong));
    expect(getAreaTargets(zigong).length).toBeGreaterThan(0);
    expect(getAreaTargets(huangshi)).not.toEqual(getAreaTargets(zigong));
  });
});

describe("an area's series", () => {
  it("holds the same points as its values, in indicator and year order, up to the year asked", () => {
    const zigong = getAreaByCode("zigong")!.id;
    const points = (to: number) =>
      getAreaValues(zigong, { to })
        .map(({ indicatorKey, year, value }) => ({ indicatorKey, year, value }))
        .sort((a, b) => (a.indicatorKey < b.indicatorKey ? -1 : a.indicatorKey > b.indicatorKey ? 1 : a.year - b.year));
    expect(getAreaSeries(zigong)).toEqual(points(2200));
    expect(getAreaSeries(zigong, { to: 2019 })).toEqual(points(2019));
    expect(getAreaSeries(zigong)[0]).toEqual({ indicatorKey: expect.any(String), year: expect.any(Number), value: expect.any(Number) });
  });
});

// Both are kept for the areas asked last, until a write: the next read must see any write at once.
describe("an area's kept series and progress", () => {
  it("show a changed value and a changed target at the next read, and each area keeps its own", () => {
    const zigong = getAreaByCode("zigong")!.id;
    const huangshi = getAreaByCode("huangshi")!.id;
    const targeted = getAreaProgress(zigong).find((p) => p.target?.kind === "absolute" && p.result.latestYear !== null)!;
    const key = targeted.indicatorKey;
    const latestYear = targeted.result.latestYear!;
    const otherSeries = getAreaSeries(huangshi);
    expect(getAreaSeries(zigong)).toBe(getAreaSeries(zigong));

    const latest = targeted.result.latestValue! + 1;
    getDb().update(indicatorValues).set({ value: latest }).where(and(eq(indicatorValues.areaId, zigong), eq(indicatorValues.indicatorKey, key), eq(indicatorValues.year, latestYear))).run();
    expect(getAreaSeries(zigong).find((p) => p.indicatorKey === key && p.year === latestYear)?.value).toBe(latest);
    expect(getAreaProgress(zigong).find((p) => p.indicatorKey === key)?.result.latestValue).toBe(latest);

    const target = targeted.target!.value * 2;
    getDb().update(targets).set({ value: target }).where(and(eq(targets.areaId, zigong), eq(targets.indicatorKey, key))).run();
    expect(getAreaProgress(zigong).find((p) => p.indicatorKey === key)?.result.targetValue).toBe(target);
    expect(getAreaSeries(huangshi)).toEqual(otherSeries);
  });
});

describe("the home page's kept progress counts", () => {
  it("count each area's targeted indicators as its progress does, and change at the next read after a target goes", () => {
    const zigong = getAreaByCode("zigong")!.id;
    const huangshi = getAreaByCode("huangshi")!.id;
    const counts = (id: number) => summariseStatuses(getAreaProgress(id).map((p) => p.result));
    const page = getProgressSummaries([zigong, huangshi]);
    expect(page.get(zigong)).toEqual(counts(zigong));
    expect(page.get(huangshi)).toEqual(counts(huangshi));
    expect(page.get(zigong)!.total).toBeGreaterThan(1);
    // Asked again, alone: the kept counts.
    expect(getProgressSummaries([zigong]).get(zigong)).toBe(page.get(zigong));

    const total = page.get(zigong)!.total;
    const one = getDb().select({ id: targets.id }).from(targets).where(eq(targets.areaId, zigong)).limit(1).get()!;
    getDb().delete(targets).where(eq(targets.id, one.id)).run();
    const after = getProgressSummaries([zigong, huangshi]);
    expect(after.get(zigong)!.total).toBe(total - 1);
    expect(after.get(zigong)).toEqual(counts(zigong));
    expect(after.get(huangshi)).toEqual(page.get(huangshi));
  });

  it("leave out an area without targets", () => {
    const huangshi = getAreaByCode("huangshi")!.id;
    getDb().delete(targets).where(eq(targets.areaId, huangshi)).run();
    expect(getProgressSummaries([huangshi]).has(huangshi)).toBe(false);
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
