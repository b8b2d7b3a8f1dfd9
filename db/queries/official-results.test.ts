import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-official-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, officialResults, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getAreaOfficialRecord } from "@/lib/services/official-record";
import { getOverviewReport } from "@/lib/services/overview";
import { getSummaryReport } from "@/lib/services/summary";
import type { OfficialResultInput } from "@/lib/validations/official-results";
import { prepareDatabase } from "@/scripts/prepare-db";
import { getAreaByCode } from "./areas";
import { addOfficialResult, listAreaOfficialResults } from "./official-results";
import { decideGrade } from "./summary";

function actorFor(email: string): Actor {
  const u = getDb().select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId }).from(users).where(eq(users.email, email)).get();
  if (!u) throw new Error(`no user ${email}`);
  return u;
}
const evaluator = () => actorFor("evaluator@demo.local");

const input = (change: Partial<OfficialResultInput> = {}): OfficialResultInput => ({
  areaCode: "hunan-central",
  year: 2023,
  city: 1, // 湘潭
  result: "good",
  fieldZh: "",
  fieldEn: "",
  sourceTitle: "测试来源",
  sourceUrl: "https://example.org/notice",
  sourceKind: "press",
  noteZh: "",
  noteEn: "",
  ...change,
});

function refusal(run: () => unknown): string {
  try {
    run();
    return "saved";
  } catch (error) {
    if (error instanceof AppError) return `${error.code}:${error.message}`;
    throw error;
  }
}

const count = () => getDb().select({ n: sql<number>`count(*)` }).from(officialResults).get()!.n;

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("the seeded record", () => {
  it("holds Central Hunan's 2020 results per city, with their source", () => {
    const hunan = getAreaByCode("hunan-central")!.id;
    const y2020 = listAreaOfficialResults(hunan).filter((r) => r.year === 2020);
    expect(y2020.map((r) => [r.cityZh, r.result])).toEqual([
      ["湘潭", "excellent"],
      ["株洲", "good"],
      ["娄底", "good"],
    ]);
    expect(y2020[0]).toMatchObject({ sourceUrl: "http://www.sdenews.com/html/2021/6/318861.shtml", sourceKind: "press", policyDocument: "evaluation-2020-results", seeded: true, createdByName: null });
  });
});

describe("addOfficialResult", () => {
  it("records a member city's result by its position, with who recorded it, and audits it", () => {
    const before = count();
    const { id } = addOfficialResult({ actor: evaluator(), ...input() });
    expect(count()).toBe(before + 1);
    const row = listAreaOfficialResults(getAreaByCode("hunan-central")!.id).find((r) => r.id === id)!;
    expect(row).toMatchObject({ year: 2023, cityZh: "湘潭", cityEn: "Xiangtan", result: "good", sourceTitle: "测试来源", seeded: false, createdByName: "演示评估员" });
    const audit = getDb().select().from(auditLog).where(eq(auditLog.entity, "official_result")).orderBy(desc(auditLog.id)).limit(1).get()!;
    expect(audit).toMatchObject({ action: "create", entityKey: `hunan-central/2023/official-result:${id}`, year: 2023, actorId: evaluator().id });
    expect(JSON.parse(audit.newValue!)).toMatchObject({ cityZh: "湘潭", result: "good", sourceUrl: "https://example.org/notice" });
  });

  it("shows on the area's kept record at once, and the record is kept while nothing is recorded", () => {
    const areaId = getAreaByCode("hunan-central")!.id;
    const before = getAreaOfficialRecord(areaId);
    expect(getAreaOfficialRecord(areaId)).toBe(before);
    const { id } = addOfficialResult({ actor: evaluator(), ...input({ year: 2022, city: 0 }) });
    const after = getAreaOfficialRecord(areaId);
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((r) => r.id === id)).toMatchObject({ year: 2022, city: { zh: "株洲" }, result: "good", recordedBy: "演示评估员" });
  });

  it("records a result of the area as a whole, and a commendation with its field", () => {
    addOfficialResult({ actor: evaluator(), ...input({ city: null, result: "excellent" }) });
    addOfficialResult({ actor: evaluator(), ...input({ city: 0, result: "commendation", fieldZh: "绿色转型" }) });
    const rows = listAreaOfficialResults(getAreaByCode("hunan-central")!.id).filter((r) => r.year === 2023);
    expect(rows.map((r) => [r.cityZh, r.result, r.fieldZh])).toEqual([
      ["湘潭", "good", null],
      [null, "excellent", null],
      ["株洲", "commendation", "绿色转型"],
    ]);
  });

  it("refuses a city the area does not have, the same result twice, an official, and another area's pending status — writing nothing", () => {
    const before = count();
    expect(refusal(() => addOfficialResult({ actor: evaluator(), ...input({ city: 7 }) }))).toBe("bad_request:unknown_city");
    expect(refusal(() => addOfficialResult({ actor: evaluator(), ...input() }))).toBe("conflict:official_result_exists");
    expect(refusal(() => addOfficialResult({ actor: actorFor("official.hunan-central@demo.local"), ...input({ year: 2021 }) }))).toBe("forbidden:forbidden");
    expect(refusal(() => addOfficialResult({ actor: evaluator(), ...input({ areaCode: "nowhere" }) }))).toBe("not_found:area_not_found");
    expect(count()).toBe(before);
  });
});

describe("the record in the overview and the summary, and the three-poor-years rule", () => {
  const AREA = "ningxia-northeast"; // 石嘴山, 宁东
  const poorCity = (year: number, city: number) => addOfficialResult({ actor: evaluator(), ...input({ areaCode: AREA, year, city, result: "poor" }) });

  it("shows the year's official results beside the proposal, and not other years'", () => {
    const row = getOverviewReport(2020).levels[0]!.rows.find((r) => r.code === "hunan-central")!;
    expect(row.official.map((o) => [o.city?.zh, o.result, o.source.kind])).toEqual([
      ["湘潭", "excellent", "press"],
      ["株洲", "good", "press"],
      ["娄底", "good", "press"],
    ]);
    expect(getOverviewReport(2021).levels[0]!.rows.find((r) => r.code === "hunan-central")!.official).toEqual([]);
  });

  it("counts an official year as poor only when every member city is rated poor, else the evaluator's decision", () => {
    // 2022: 石嘴山 poor only → not poor. 2023: both cities poor → poor.
    poorCity(2022, 0);
    poorCity(2023, 0);
    poorCity(2023, 1);
    const flagsOf = (year: number) => getOverviewReport(year).levels[0]!.rows.find((r) => r.code === AREA)!.flags;
    expect(flagsOf(2023)).toEqual([]);
    // 2024: no official result; the evaluator overrides to poor. 2023 (official) + 2024 (decided) = two in a row.
    decideGrade({ actor: evaluator(), proposed: getSummaryReport(AREA, 2024).grade.proposed, areaCode: AREA, year: 2024, decision: "override", finalGrade: "poor", reason: "test" });
    const flags = flagsOf(2024);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ years: [2023, 2024], bases: ["official", "decided"], thirdYearWarning: true });

    const summary = getSummaryReport(AREA, 2024);
    expect(summary.official.counted).toEqual({ grade: "poor", basis: "decided" });
    expect(summary.official.runs[0]).toMatchObject({ years: [2023, 2024], bases: ["official", "decided"] });
    expect(summary.official.results.map((o) => [o.year, o.city?.zh, o.result])).toEqual([
      [2023, "石嘴山", "poor"],
      [2023, "宁东", "poor"],
      [2022, "石嘴山", "poor"],
      [2020, "宁东", "good"],
    ]);
    expect(getSummaryReport(AREA, 2023).official.counted).toEqual({ grade: "poor", basis: "official" });
  });

  it("never counts an unconfirmed proposal", () => {
    // 2021 has a proposal but neither a decision nor an official result: it counts nothing.
    const summary = getSummaryReport(AREA, 2021);
    expect(summary.grade.proposed).not.toBeNull();
    expect(summary.grade.final).toBeNull();
    expect(summary.official.counted).toEqual({ grade: null, basis: null });
  });
});
