import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The queries open the database named by DATABASE_PATH; point it at a temporary file before they load.
const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-import-targets-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { getDb } from "@/db/client";
import { areas, areaYears, auditLog, indicatorValues, planPeriods, targets, users } from "@/db/schema";
import { prepareDatabase } from "@/scripts/prepare-db";
import type { Actor } from "@/lib/auth/permissions";
import { DEFINITIONS_SHEET, TARGET_TEMPLATE_HEADERS, TARGETS_SHEET, VALUES_SHEET } from "@/lib/import/columns";
import { toXlsx } from "@/lib/export/files";
import { importFile } from "@/lib/import/import-file";
import { exportTable, targetsTable } from "@/lib/import/tables";
import { getExportTargets, getExportValues } from "./export";
import type { ImportMode, ImportResult } from "@/lib/import/types";

// The targets sheet of an .xlsx import, against the demo data: each row is checked as the target form
// checks it and written with the form's code, in the import's transaction. The area is the first with
// targets in the open period (the demo sets them for about half of the areas); the periods come from
// the plan_periods table, never from a year written here.

const VALUE_HEADER = ["area_code", "indicator_key", "year", "value", "note"];
const NOW = new Date("2026-12-06T09:00:00Z");
type Row = (string | number | null)[];

async function workbook(targetRows: Row[], valueRows: Row[] = []): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const values = book.addWorksheet(VALUES_SHEET);
  values.addRow(VALUE_HEADER);
  for (const r of valueRows) values.addRow(r);
  const sheet = book.addWorksheet(TARGETS_SHEET);
  sheet.addRow(TARGET_TEMPLATE_HEADERS);
  for (const r of targetRows) sheet.addRow(r);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A row of the template's targets sheet: the columns people read left blank. */
const targetRow = (t: { area: string; key: string; period: string; kind: string; value: number | string | null; base?: number | null; reason?: string }): Row => [
  t.area,
  t.key,
  null,
  null,
  null,
  null,
  t.period,
  t.kind,
  t.value,
  t.base ?? null,
  null,
  t.reason ?? null,
];

const run = (actor: Actor, bytes: Uint8Array, mode: ImportMode): Promise<ImportResult> =>
  importFile({ actor, mode, file: { name: "targets.xlsx", format: "xlsx", bytes }, now: NOW });

function actorFor(email: string): Actor {
  const u = getDb().select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId }).from(users).where(eq(users.email, email)).get();
  if (!u) throw new Error(`no user ${email}`);
  return u;
}

function storedTarget(areaId: number, key: string, period: string) {
  return getDb()
    .select({ kind: targets.kind, value: targets.value, baseYear: targets.baseYear, reason: targets.reason })
    .from(targets)
    .where(and(eq(targets.areaId, areaId), eq(targets.indicatorKey, key), eq(targets.period, period)))
    .get();
}

const targetAudits = () => getDb().select({ n: sql<number>`count(*)` }).from(auditLog).where(eq(auditLog.entity, "target")).get()!.n;
const codes = (r: ImportResult) => r.problems.map((p) => [p.sheet ?? "", p.row, p.column, p.code]);

let open: { code: string; baseYear: number; targetYear: number };
let closed: { code: string; baseYear: number; targetYear: number };
let area: { id: number; code: string };
let official: Actor;
/** An indicator with a target in the open period, its stored target, and one without. */
let existing: { key: string; kind: string; value: number; baseYear: number };
let freeKey: string;
let ambitiousKey: string;

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  const db = getDb();
  const periods = db.select().from(planPeriods).orderBy(planPeriods.targetYear).all();
  open = periods.filter((p) => p.state === "open").at(-1)!;
  closed = periods.filter((p) => p.state === "closed").at(-1)!;
  const withTargets = db
    .select({ id: areas.id, code: areas.code })
    .from(targets)
    .innerJoin(areas, eq(areas.id, targets.areaId))
    .where(and(eq(targets.period, open.code), eq(areas.status, "active")))
    .orderBy(areas.id)
    .get()!;
  area = withTargets;
  official = actorFor(`official.${area.code}@demo.local`);
  const rows = db.select().from(targets).where(and(eq(targets.areaId, area.id), eq(targets.period, open.code))).all();
  const first = rows.find((r) => r.kind === "absolute")!;
  existing = { key: first.indicatorKey, kind: first.kind, value: first.value, baseYear: first.baseYear };
  // A scored, compound indicator the area has no target for yet (a percent change is allowed for it).
  const taken = new Set(rows.map((r) => r.indicatorKey));
  const free = ["hte_count", "rd_staff_10k", "hv_patent_10k", "g5_per_10k", "gdp_per_capita", "land_tax_per_mu"].filter((k) => !taken.has(k));
  [freeKey, ambitiousKey] = free as [string, string];
}, 90_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("the targets sheet of an .xlsx import", () => {
  it("sets a new target of the open period: the dry run lists it, the commit writes it at the period's base year and audits it", async () => {
    const bytes = await workbook([targetRow({ area: area.code, key: freeKey, period: open.code, kind: "change_pct", value: 12, reason: "十五五规划（e2e）" })]);
    const dry = await run(official, bytes, "dry-run");
    expect(codes(dry)).toEqual([]);
    expect(dry.targets).toMatchObject({ sheet: TARGETS_SHEET, rows: 1, skipped: 0, changed: 1, unchanged: 0 });
    expect(dry.targets.lines).toEqual([
      { sheet: TARGETS_SHEET, row: 2, area: area.code, indicator: freeKey, period: open.code, kind: "change_pct", value: 12, baseYear: open.baseYear, targetYear: open.targetYear, before: null },
    ]);
    expect(storedTarget(area.id, freeKey, open.code)).toBeUndefined();

    const audits = targetAudits();
    const done = await run(official, bytes, "commit");
    expect(done.committed).toBe(true);
    expect(done.targets.changed).toBe(1);
    expect(storedTarget(area.id, freeKey, open.code)).toEqual({ kind: "change_pct", value: 12, baseYear: open.baseYear, reason: "十五五规划（e2e）" });
    expect(targetAudits()).toBe(audits + 1);
    const record = getDb().select().from(auditLog).where(eq(auditLog.entityKey, `${area.code}/${freeKey}/${open.code}`)).get()!;
    expect(record).toMatchObject({ action: "create", entity: "target", year: open.targetYear, actorId: official.id, reason: "十五五规划（e2e）" });
  });

  it("changes nothing for the same target again (0 changes, no audit)", async () => {
    const bytes = await workbook([targetRow({ area: area.code, key: freeKey, period: open.code, kind: "change_pct", value: 12 })]);
    const audits = targetAudits();
    const done = await run(official, bytes, "commit");
    expect(codes(done)).toEqual([]);
    expect(done.targets).toMatchObject({ rows: 1, changed: 0, unchanged: 1, lines: [] });
    expect(targetAudits()).toBe(audits);
  });

  it("refuses a change to a target already set without a reason, and accepts it with one", async () => {
    const changed = existing.value === 0 ? 1 : Number((existing.value * 1.01).toFixed(2));
    const without = await workbook([targetRow({ area: area.code, key: existing.key, period: open.code, kind: "absolute", value: changed, base: existing.baseYear })]);
    const refused = await run(official, without, "commit");
    expect(refused.committed).toBe(false);
    expect(codes(refused)).toEqual([[TARGETS_SHEET, 2, "reason", "target_reason_required"]]);
    expect(refused.problems[0]!.cell).toBe("L");
    expect(storedTarget(area.id, existing.key, open.code)?.value).toBe(existing.value);

    const withReason = await workbook([targetRow({ area: area.code, key: existing.key, period: open.code, kind: "absolute", value: changed, base: existing.baseYear, reason: "据2025年实绩调整" })]);
    const dry = await run(official, withReason, "dry-run");
    expect(codes(dry)).toEqual([]);
    expect(dry.targets.lines[0]!.before).toEqual({ kind: "absolute", value: existing.value, baseYear: existing.baseYear });
    const done = await run(official, withReason, "commit");
    expect(done.committed).toBe(true);
    expect(storedTarget(area.id, existing.key, open.code)).toMatchObject({ value: changed, reason: "据2025年实绩调整" });
    const record = getDb()
      .select({ action: auditLog.action, oldValue: auditLog.oldValue })
      .from(auditLog)
      .where(eq(auditLog.entityKey, `${area.code}/${existing.key}/${open.code}`))
      .orderBy(sql`${auditLog.id} desc`)
      .get()!;
    expect(record.action).toBe("update");
    expect(JSON.parse(record.oldValue!)).toMatchObject({ value: existing.value });
  });

  it("refuses an ambitious target without a reason (a 60 % growth a year), and takes it with one", async () => {
    const row = targetRow({ area: area.code, key: ambitiousKey, period: open.code, kind: "annual_growth", value: 60 });
    const refused = await run(official, await workbook([row]), "dry-run");
    expect(codes(refused)).toEqual([[TARGETS_SHEET, 2, "reason", "reason_required_ambitious"]]);
    const explained = targetRow({ area: area.code, key: ambitiousKey, period: open.code, kind: "annual_growth", value: 60, reason: "新建园区投产" });
    expect(codes(await run(official, await workbook([explained]), "dry-run"))).toEqual([]);
  });

  it("refuses a change in a closed period (read-only to an official) and an unknown period", async () => {
    const [closedTarget, keptTarget] = getDb().select().from(targets).where(and(eq(targets.areaId, area.id), eq(targets.period, closed.code))).all();
    const bytes = await workbook([
      targetRow({ area: area.code, key: closedTarget!.indicatorKey, period: closed.code, kind: closedTarget!.kind, value: closedTarget!.value + 1, reason: "事后调整" }),
      targetRow({ area: area.code, key: freeKey, period: "fyp99", kind: "absolute", value: 10, reason: "x" }),
      // A closed period's target as stored goes back in (an export of every period does): unchanged, not refused.
      targetRow({ area: area.code, key: keptTarget!.indicatorKey, period: closed.code.toUpperCase(), kind: keptTarget!.kind, value: keptTarget!.value, base: keptTarget!.baseYear }),
      // The same target twice: the second row is refused.
      targetRow({ area: area.code, key: closedTarget!.indicatorKey, period: closed.code, kind: closedTarget!.kind, value: closedTarget!.value }),
    ]);
    const result = await run(official, bytes, "commit");
    expect(result.committed).toBe(false);
    expect(codes(result)).toEqual([
      [TARGETS_SHEET, 2, "period", "period_closed"],
      [TARGETS_SHEET, 3, "period", "unknown_period"],
      [TARGETS_SHEET, 5, "indicator_key", "duplicate_target"],
    ]);
    expect(result.targets).toMatchObject({ rows: 4, unchanged: 1, changed: 0 });
    expect(storedTarget(area.id, closedTarget!.indicatorKey, closed.code)?.value).toBe(closedTarget!.value);
  });

  it("refuses a change once the target year is submitted, pointing to the change request", async () => {
    const db = getDb();
    db.insert(areaYears).values({ areaId: area.id, year: open.targetYear, status: "submitted" }).run();
    try {
      const bytes = await workbook([targetRow({ area: area.code, key: freeKey, period: open.code, kind: "change_pct", value: 15, reason: "调整" })]);
      const result = await run(official, bytes, "dry-run");
      expect(codes(result)).toEqual([[TARGETS_SHEET, 2, "value", "target_locked"]]);
      expect(result.problems[0]!.params).toMatchObject({ area: area.code, period: open.code });
    } finally {
      db.delete(areaYears).where(and(eq(areaYears.areaId, area.id), eq(areaYears.year, open.targetYear))).run();
    }
  });

  it("reads each row with the form's schema: kind, value, base year, context indicators; another area is refused", async () => {
    const other = getDb().select({ code: areas.code }).from(areas).where(sql`${areas.id} <> ${area.id} and ${areas.status} = 'active'`).get()!.code;
    const bytes = await workbook([
      targetRow({ area: area.code, key: "urban_rate", period: open.code, kind: "level", value: 70 }),
      targetRow({ area: area.code, key: "urban_rate", period: open.code, kind: "absolute", value: "七十" }),
      targetRow({ area: area.code, key: "pop_resident", period: open.code, kind: "absolute", value: 300 }),
      targetRow({ area: area.code, key: "rd_intensity", period: open.code, kind: "absolute", value: 3, base: open.targetYear }),
      targetRow({ area: other, key: "rd_intensity", period: open.code, kind: "absolute", value: 3 }),
      targetRow({ area: area.code, key: "rd_intensity", period: open.code, kind: "absolute", value: null }),
    ]);
    const result = await run(official, bytes, "dry-run");
    expect(codes(result)).toEqual([
      [TARGETS_SHEET, 2, "kind", "invalid_kind"],
      [TARGETS_SHEET, 3, "value", "not_a_number"],
      [TARGETS_SHEET, 4, "indicator_key", "not_scored"],
      [TARGETS_SHEET, 5, "base_year", "invalid_base_year"],
      [TARGETS_SHEET, 6, "area_code", "not_your_area"],
    ]);
    expect(result.targets).toMatchObject({ rows: 5, skipped: 1 });
  });

  it("commits values and targets in one transaction: a bad target row, and no value is written either", async () => {
    const db = getDb();
    const last = db
      .select({ value: indicatorValues.value })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.areaId, area.id), eq(indicatorValues.indicatorKey, "hte_count"), eq(indicatorValues.year, NOW.getFullYear() - 1)))
      .get()!.value;
    const valueRow: Row = [area.code, "hte_count", NOW.getFullYear(), last, ""];
    const count = () => db.select({ n: sql<number>`count(*)` }).from(indicatorValues).where(and(eq(indicatorValues.areaId, area.id), eq(indicatorValues.year, NOW.getFullYear()))).get()!.n;
    const before = { values: count(), audits: targetAudits() };

    const bad = await workbook([targetRow({ area: area.code, key: "srdi_firms", period: "fyp99", kind: "absolute", value: 10, reason: "x" })], [valueRow]);
    const refused = await run(official, bad, "commit");
    expect(refused.committed).toBe(false);
    expect(refused.summary.changed).toBe(1);
    expect(codes(refused)).toEqual([[TARGETS_SHEET, 2, "period", "unknown_period"]]);
    expect({ values: count(), audits: targetAudits() }).toEqual(before);

    const good = await workbook([targetRow({ area: area.code, key: "srdi_firms", period: open.code, kind: "change_pct", value: 20, reason: "专精特新培育计划" })], [valueRow]);
    const done = await run(official, good, "commit");
    expect(codes(done)).toEqual([]);
    expect(done.committed).toBe(true);
    expect({ values: count(), audits: targetAudits() }).toEqual({ values: before.values + 1, audits: before.audits + 1 });
  });

  it("takes an export back as it came out: every period's targets unchanged, the closed period's included", async () => {
    const scope = { kind: "area", code: area.code } as const;
    const stored = getExportTargets(official, scope);
    expect(stored.some((t) => t.period === closed.code) && stored.some((t) => t.period === open.code)).toBe(true);
    const bytes = await toXlsx([
      { name: VALUES_SHEET, ...exportTable(getExportValues(official, scope).rows) },
      { name: TARGETS_SHEET, ...targetsTable(stored) },
      { name: DEFINITIONS_SHEET, headers: ["key"], rows: [] },
    ]);
    const result = await run(official, new Uint8Array(bytes), "dry-run");
    expect(codes(result)).toEqual([]);
    expect(result.targets).toMatchObject({ sheet: TARGETS_SHEET, rows: stored.length, changed: 0, unchanged: stored.length });
  });
});
