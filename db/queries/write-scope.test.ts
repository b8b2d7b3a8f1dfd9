import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-write-scope-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, indicatorValues, targets, users } from "@/db/schema";
import { prepareDatabase } from "@/scripts/prepare-db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getPreviousValuesForWriter, saveYearEntry } from "./values";
import { deleteTarget, saveTarget } from "./targets";

function snapshot() {
  const db = getDb();
  return {
    values: db.select({ n: sql<number>`count(*)`, total: sql<number>`total(value)`, versions: sql<number>`total(version)` }).from(indicatorValues).get(),
    targets: db.select({ n: sql<number>`count(*)`, total: sql<number>`total(value)` }).from(targets).get(),
  };
}

function actorFor(email: string): Actor {
  const u = getDb().select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId }).from(users).where(eq(users.email, email)).get();
  if (!u) throw new Error(`no user ${email}`);
  return u;
}

function expectRefused(fn: () => unknown, code: string) {
  const before = snapshot();
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe(code);
  expect(snapshot()).toEqual(before);
}

const entry = (value: number) => ({ hte_count: { value, note: "", flagged: false } });

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("writes are scoped to the actor's own area in the query itself", () => {
  it("refuses an official's values for another area and changes nothing", () => {
    const zigong = actorFor("official.zigong@demo.local");
    expectRefused(
      () => saveYearEntry({ actor: zigong, areaCode: "tongling", year: 2024, expectedVersion: 0, source: "", entries: entry(999) }),
      "forbidden",
    );
  });

  it("refuses an official's target for another area, and removing one", () => {
    const zigong = actorFor("official.zigong@demo.local");
    expectRefused(
      () => saveTarget({ actor: zigong, areaCode: "tongling", indicatorKey: "hte_count", period: "fyp15", kind: "absolute", value: 1, baseYear: 2025, reason: "" }),
      "forbidden",
    );
    expectRefused(() => deleteTarget({ actor: zigong, areaCode: "tongling", indicatorKey: "energy_intensity", period: "fyp15", reason: "test" }), "forbidden");
  });

  it("refuses viewers, evaluators and pending officials even for the official's own area", () => {
    const zigongId = getDb().select({ id: areas.id }).from(areas).where(eq(areas.code, "zigong")).get()!.id;
    const cases: Actor[] = [
      { id: 9001, role: "viewer", status: "active", areaId: null },
      { ...actorFor("evaluator@demo.local") },
      { id: 9002, role: "official", status: "pending", areaId: zigongId },
    ];
    for (const actor of cases) {
      expectRefused(
        () => saveYearEntry({ actor, areaCode: "zigong", year: 2024, expectedVersion: 0, source: "", entries: entry(999) }),
        "forbidden",
      );
    }
  });

  it("lets the official write their own area, and an admin any area", () => {
    const zigong = actorFor("official.zigong@demo.local");
    const saved = saveYearEntry({ actor: zigong, areaCode: "zigong", year: 2024, expectedVersion: 0, source: "test", entries: entry(777) });
    expect(saved).toEqual({ saved: 1, removed: 0, version: 1 });
    const admin = actorFor("admin@demo.local");
    expect(saveYearEntry({ actor: admin, areaCode: "tongling", year: 2024, expectedVersion: 0, source: "", entries: entry(555) }).saved).toBe(1);
  });

  it("refuses a save against a stale version: the later of two editors loses nothing and overwrites nothing", () => {
    const zigong = actorFor("official.zigong@demo.local");
    // Both opened the form at version 1 (after the save above); the first save moves it to 2.
    saveYearEntry({ actor: zigong, areaCode: "zigong", year: 2024, expectedVersion: 1, source: "", entries: entry(800) });
    expectRefused(
      () => saveYearEntry({ actor: zigong, areaCode: "zigong", year: 2024, expectedVersion: 1, source: "", entries: entry(801) }),
      "conflict",
    );
  });

  it("answers not_found for an unknown area", () => {
    expectRefused(
      () => saveYearEntry({ actor: actorFor("admin@demo.local"), areaCode: "nowhere", year: 2024, expectedVersion: 0, source: "", entries: entry(1) }),
      "not_found",
    );
  });
});

describe("the checks of a save read last year's values through the writer's scope", () => {
  function previous(actor: Actor, areaCode: string, year: number): string | Record<string, number | undefined> {
    try {
      return getPreviousValuesForWriter(actor, areaCode, year);
    } catch (error) {
      if (error instanceof AppError) return `${error.code}:${error.message}`;
      throw error;
    }
  }

  it("gives an official their own area's values of the year before, and nothing of another area's", () => {
    const zigong = actorFor("official.zigong@demo.local");
    const own = previous(zigong, "zigong", 2024);
    const stored = getDb()
      .select({ value: indicatorValues.value })
      .from(indicatorValues)
      .where(sql`${indicatorValues.areaId} = ${zigong.areaId} and ${indicatorValues.indicatorKey} = 'urban_rate' and ${indicatorValues.year} = 2023`)
      .get()!.value;
    expect(own).toMatchObject({ urban_rate: stored });
    expect(previous(zigong, "tongling", 2024)).toBe("forbidden:not_your_area");
    expect(previous(zigong, "nowhere", 2024)).toBe("not_found:area_not_found");
    expect(previous({ id: 9001, role: "viewer", status: "active", areaId: null }, "zigong", 2024)).toBe("forbidden:forbidden");
    // A year that is not a whole number has no values, but the area is checked all the same.
    expect(previous(zigong, "zigong", Number.NaN)).toEqual({});
    expect(previous(zigong, "tongling", Number.NaN)).toBe("forbidden:not_your_area");
  });
});

describe("a saved value is stored whole", () => {
  it("writes every column on create, replaces them on update, and audits old → new", () => {
    const zigong = actorFor("official.zigong@demo.local");
    const db = getDb();
    const stored = () =>
      db.get<{ value: number; note: string | null; source: string | null; flagged: number; is_demo: number; updated_by: number; updated_at: number; version: number }>(
        sql`select value, note, source, flagged, is_demo, updated_by, updated_at, version from indicator_values
            where area_id = ${zigong.areaId} and indicator_key = 'rd_intensity' and year = 2021`,
      );
    const save = (expectedVersion: number, value: number, note: string, flagged: boolean, source: string) =>
      saveYearEntry({ actor: zigong, areaCode: "zigong", year: 2021, expectedVersion, source, entries: { rd_intensity: { value, note, flagged } } });

    db.run(sql`delete from indicator_values where area_id = ${zigong.areaId} and year = 2021`);
    const before = Math.floor(Date.now() / 1000);
    save(0, 9.5, "新口径", true, "统计公报");
    // Booleans are stored as 0/1 and the time in whole seconds, as the schema's column modes say.
    expect(stored()).toEqual({ value: 9.5, note: "新口径", source: "统计公报", flagged: 1, is_demo: 0, updated_by: zigong.id, updated_at: stored()!.updated_at, version: 1 });
    expect(stored()!.updated_at).toBeGreaterThanOrEqual(before);
    expect(stored()!.updated_at).toBeLessThan(before + 60);

    save(1, 2.1, "", false, "年鉴");
    expect(stored()).toMatchObject({ value: 2.1, note: null, source: "年鉴", flagged: 0, version: 2 });
    const last = db.get<{ action: string; old_value: string; new_value: string }>(
      sql`select action, old_value, new_value from audit_log where entity_key = 'zigong/rd_intensity/2021' order by id desc limit 1`,
    );
    expect(last).toEqual({
      action: "update",
      old_value: JSON.stringify({ value: 9.5, note: "新口径" }),
      new_value: JSON.stringify({ value: 2.1, note: null, flagged: false, source: "年鉴" }),
    });
  });
});

describe("derived indicators follow their inputs", () => {
  it("recomputes net migration for the year and the next when population changes", () => {
    const admin = actorFor("admin@demo.local");
    const db = getDb();
    const zigongId = db.select({ id: areas.id }).from(areas).where(eq(areas.code, "zigong")).get()!.id;
    const read = (key: string, year: number) =>
      db.select({ v: indicatorValues.value }).from(indicatorValues)
        .where(sql`${indicatorValues.areaId} = ${zigongId} and ${indicatorValues.indicatorKey} = ${key} and ${indicatorValues.year} = ${year}`)
        .get()?.v;
    // 2022: population 300 (10k), 2023: 297 with a natural increase of −2‰.
    saveYearEntry({ actor: admin, areaCode: "zigong", year: 2022, expectedVersion: 0, source: "", entries: { pop_resident: { value: 300, note: "", flagged: true } } });
    saveYearEntry({
      actor: admin, areaCode: "zigong", year: 2023, expectedVersion: 0, source: "",
      entries: { pop_resident: { value: 297, note: "", flagged: true }, natural_increase_rate: { value: -2, note: "", flagged: false } },
    });
    // (297 − 300 − 300 × (−2/1000)) ÷ 300 × 100 = (−3 + 0.6) ÷ 3 = −0.8
    expect(read("net_migration_rate", 2023)).toBe(-0.8);
    // Changing 2022's population moves 2023's rate too: (297 − 297 + 0.594) ÷ 297 × 100 = 0.2
    saveYearEntry({ actor: admin, areaCode: "zigong", year: 2022, expectedVersion: 1, source: "", entries: { pop_resident: { value: 297, note: "", flagged: true } } });
    expect(read("net_migration_rate", 2023)).toBe(0.2);
  });
});

describe("a closed plan period's targets", () => {
  const energy = { areaCode: "zigong", indicatorKey: "energy_intensity", period: "fyp14", kind: "change_pct" as const, value: -15 };

  it("are read-only to the area's official, even with a reason", () => {
    const zigong = actorFor("official.zigong@demo.local");
    expectRefused(() => saveTarget({ actor: zigong, ...energy, reason: "plan revised" }), "conflict");
    expectRefused(() => deleteTarget({ actor: zigong, areaCode: "zigong", indicatorKey: "energy_intensity", period: "fyp14", reason: "plan revised" }), "conflict");
  });

  it("are reopened by an administrator only with a written reason, which the audit trail keeps", () => {
    const admin = actorFor("admin@demo.local");
    expectRefused(() => saveTarget({ actor: admin, ...energy, reason: "" }), "bad_request");
    saveTarget({ actor: admin, ...energy, reason: "省政府批复调整（测试）" });
    const row = getDb().select().from(targets).where(sql`${targets.indicatorKey} = 'energy_intensity' and ${targets.period} = 'fyp14' and ${targets.areaId} = (select id from areas where code = 'zigong')`).get();
    expect(row).toMatchObject({ kind: "change_pct", value: -15, targetYear: 2025, baseYear: 2020 });
    const audit = getDb().get<{ reason: string; entity_key: string }>(sql`select reason, entity_key from audit_log where entity = 'target' order by id desc limit 1`);
    expect(audit).toEqual({ reason: "省政府批复调整（测试）", entity_key: "zigong/energy_intensity/fyp14" });
  });
});
