import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-areas-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas } from "@/db/schema";
import { prepareDatabase } from "@/scripts/prepare-db";
import { getAreaByCode, listAreaCities, listAreasPage } from "./areas";
import { getAreaTargets } from "./targets";
import { getAreaSeries, getAreaValues } from "./values";

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
    expect(getAreaTargets(zigong, "fyp14").length).toBeGreaterThan(0);
    expect(getAreaTargets(huangshi, "fyp14")).not.toEqual(getAreaTargets(zigong, "fyp14"));
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

describe("member cities", () => {
  it("are read in order, in both languages", () => {
    const hunan = getAreaByCode("hunan-central")!.id;
    expect(listAreaCities(hunan).map((c) => [c.nameZh, c.nameEn])).toEqual([
      ["株洲", "Zhuzhou"],
      ["湘潭", "Xiangtan"],
      ["娄底", "Loudi"],
    ]);
  });

  it("are found by the area search in either language, and % and _ are taken literally", () => {
    const codes = (q: string) => listAreasPage({ q }, 1, 100).rows.map((r) => r.code);
    // West Beijing's districts appear in neither of its names, nor in its province.
    expect(codes("石景山")).toEqual(["beijing-west"]);
    expect(codes("shijingshan")).toEqual(["beijing-west"]);
    expect(codes("石景%")).toEqual([]);
    expect(codes("Shijingsha_")).toEqual([]);
  });
});
