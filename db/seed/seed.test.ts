import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq, sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { areaCities, areas, areaYears, indicators, indicatorValues, officialResults, targets, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, demoOfficialEmail, seedDemo } from "./demo-seed";
import { catalogueRows } from "./indicators";
import { OFFICIAL_RESULTS_SEED } from "./official-results";
import { seedReference } from "./reference";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "monitor-seed-"));
let db: Db;
let close: () => void;

beforeAll(() => {
  const opened = openDatabase(path.join(dir, "test.db"));
  db = opened.db;
  close = () => opened.sqlite.close();
  migrate(db, { migrationsFolder: fileURLToPath(new URL("../migrations", import.meta.url)) });
});

afterAll(() => {
  close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function counts() {
  const n = (table: typeof areas | typeof indicators | typeof users | typeof indicatorValues | typeof targets | typeof areaYears) =>
    db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
  return {
    areas: n(areas),
    indicators: n(indicators),
    users: n(users),
    values: n(indicatorValues),
    targets: n(targets),
    areaYears: n(areaYears),
  };
}

describe("seedReference and seedDemo", () => {
  it("seed an empty database once and change nothing the second time", async () => {
    expect(seedReference(db)).toEqual({ indicators: catalogueRows().length, areasInserted: 40, citiesSeeded: 40, officialResultsInserted: OFFICIAL_RESULTS_SEED.length });
    const first = await seedDemo(db);
    expect(first.seeded).toBe(true);
    const after = counts();
    expect(after).toMatchObject({ areas: 40, indicators: catalogueRows().length, users: 43, areaYears: 317 });
    expect(after.values).toBeGreaterThan(7000);
    expect(after.targets).toBeGreaterThanOrEqual(400);

    expect(seedReference(db)).toEqual({ indicators: catalogueRows().length, areasInserted: 0, citiesSeeded: 0, officialResultsInserted: 0 });
    expect(await seedDemo(db)).toMatchObject({ seeded: false });
    expect(counts()).toEqual(after);
  });

  it("creates the Zigong official for the Zigong area, with the demo password", async () => {
    const zigong = db.select({ id: areas.id }).from(areas).where(eq(areas.code, "zigong")).get();
    const official = db.select().from(users).where(eq(users.email, demoOfficialEmail("zigong"))).get();
    expect(official).toMatchObject({ role: "official", areaId: zigong?.id, status: "active", isDemo: true, name: "自贡 演示联络员" });
    expect(await verifyPassword(DEMO_PASSWORD, official?.passwordHash ?? "")).toBe(true);
    const admin = db.select({ role: users.role, areaId: users.areaId }).from(users).where(eq(users.email, "admin@demo.local")).get();
    expect(admin).toEqual({ role: "admin", areaId: null });
  });

  it("marks demo values as demo data, unflagged", () => {
    const row = db
      .select({ n: sql<number>`count(*)`, flagged: sql<number>`sum(${indicatorValues.flagged})`, demo: sql<number>`sum(${indicatorValues.isDemo})` })
      .from(indicatorValues)
      .get();
    expect(row?.flagged).toBe(0);
    expect(row?.demo).toBe(row?.n);
    const sources = db.selectDistinct({ source: indicatorValues.source }).from(indicatorValues).all();
    expect(sources).toEqual([{ source: "演示数据 / demo data" }]);
  });

  it("re-applies the code-owned catalogue but leaves edited areas alone", () => {
    db.update(indicators).set({ nameEn: "edited", softMax: 1 }).where(eq(indicators.key, "hte_count")).run();
    db.update(areas).set({ nameEn: "Edited name" }).where(eq(areas.code, "zigong")).run();
    seedReference(db);
    const hte = db.select().from(indicators).where(eq(indicators.key, "hte_count")).get();
    expect(hte).toMatchObject({ nameEn: "High-tech enterprises", softMax: 3000 });
    expect(db.select({ nameEn: areas.nameEn }).from(areas).where(eq(areas.code, "zigong")).get()?.nameEn).toBe("Edited name");
  });

  it("writes member cities in both languages, upgrades an earlier English-only list, and leaves edited cities alone", () => {
    const idOf = (code: string) => db.select({ id: areas.id }).from(areas).where(eq(areas.code, code)).get()!.id;
    const cities = (code: string) =>
      db
        .select({ nameZh: areaCities.nameZh, nameEn: areaCities.nameEn })
        .from(areaCities)
        .where(eq(areaCities.areaId, idOf(code)))
        .orderBy(areaCities.position)
        .all();
    expect(cities("hunan-central")).toEqual([
      { nameZh: "株洲", nameEn: "Zhuzhou" },
      { nameZh: "湘潭", nameEn: "Xiangtan" },
      { nameZh: "娄底", nameEn: "Loudi" },
    ]);

    // What the migration leaves in a database seeded before: the earlier English list, one row per name.
    const legacy = (code: string, names: string[]) => {
      db.delete(areaCities).where(eq(areaCities.areaId, idOf(code))).run();
      db.insert(areaCities).values(names.map((nameEn, position) => ({ areaId: idOf(code), position, nameZh: null, nameEn }))).run();
    };
    legacy("beijing-west", ["Mentougou", "Shijingshan", "Fangshan"]);
    legacy("tongling", ["Tongling"]);
    // Edited by someone since: left alone.
    legacy("zibo", ["Zibo", "Somewhere else"]);
    expect(seedReference(db)).toMatchObject({ citiesSeeded: 2, officialResultsInserted: 0 });
    expect(cities("beijing-west")).toEqual([
      { nameZh: "石景山区", nameEn: "Shijingshan" },
      { nameZh: "门头沟区（部分）", nameEn: "Mentougou (part)" },
    ]);
    expect(cities("tongling")).toEqual([{ nameZh: "铜陵", nameEn: "Tongling" }]);
    expect(cities("zibo")).toEqual([
      { nameZh: null, nameEn: "Zibo" },
      { nameZh: null, nameEn: "Somewhere else" },
    ]);
  });

  it("adds a published official result that is missing, and only that", () => {
    const before = db.select({ n: sql<number>`count(*)` }).from(officialResults).get()!.n;
    db.delete(officialResults).where(eq(officialResults.seedKey, "2022:changzhi:Changzhi")).run();
    expect(seedReference(db)).toMatchObject({ officialResultsInserted: 1 });
    expect(db.select({ n: sql<number>`count(*)` }).from(officialResults).get()!.n).toBe(before);
  });
});
