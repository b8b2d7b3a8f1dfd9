import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The indicators' charts in a summary of the 15th period: each series runs from the period's base
// year (2025), and beside the 2030 target stands the 14th period's 2025 target.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-summary-chart-targets-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import Database from "better-sqlite3";
import { prepareDatabase } from "@/scripts/prepare-db";
import { getSummaryReport } from "@/lib/services/summary";
import { summaryDocument } from "./summary-files";
import type { SeriesChartSpec } from "./charts/types";

const AREA = "dalian";
// The first of Dalian's 14th-period targets set as a value (not as a change): its 2025 target is that value.
let key: string;
let target2025: number;

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  // Written straight into the database before anything is read: Dalian's 2026 values (its 2025 ones
  // plus 1%), a draft 2026, and a 2030 target of that indicator: its 2025 target's 1.2 times.
  const db = new Database(file);
  const area = db.prepare("select id from areas where code = ?").pluck().get(AREA) as number;
  const row = db.prepare("select indicator_key as key, value from targets where area_id = ? and period = 'fyp14' and kind = 'absolute' order by indicator_key limit 1").get(area) as { key: string; value: number };
  ({ key, value: target2025 } = row);
  db.prepare("insert into indicator_values (area_id, indicator_key, year, value) select area_id, indicator_key, 2026, value * 1.01 from indicator_values where area_id = ? and year = 2025").run(area);
  db.prepare("insert into area_years (area_id, year, status) values (?, 2026, 'draft')").run(area);
  db.prepare("insert into targets (area_id, indicator_key, period, target_year, kind, value, base_year) values (?, ?, 'fyp15', 2030, 'absolute', ?, 2025)").run(area, key, row.value * 1.2);
  db.close();
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("a 15th-period summary's indicator chart", () => {
  it("draws the values from 2025 against the 2030 target and the 14th period's 2025 target", () => {
    expect(target2025).toBeGreaterThan(0);
    // As the area's own people see it: the draft 2026 is shown to them (the public sees approved years only).
    const report = getSummaryReport(AREA, 2026, "full");
    const row = report.progress.find((p) => p.indicatorKey === key)!;
    expect(row.targetValue).toBeCloseTo(target2025 * 1.2, 9);
    expect(row.series.map((p) => p.year)).toEqual([2025, 2026]);
    expect(row.series[1]!.value).toBeCloseTo(row.series[0]!.value * 1.01, 9);
    expect(row.previousTarget).toEqual({ year: 2025, value: target2025 });

    const document = summaryDocument(report, "zh");
    const block = document.sections.flatMap((s) => s.blocks).find((b) => b.kind === "chart" && b.id === "target-series");
    const chart = block?.kind === "chart" ? (block.charts.find((c) => c.type === "series" && c.title.startsWith(row.name.zh)) as SeriesChartSpec) : undefined;
    expect(chart?.targets).toEqual([
      { year: 2025, value: target2025, label: "2025年目标", previous: true },
      { year: 2030, value: row.targetValue, label: "2030年目标", previous: false },
    ]);
  });
});
