import { describe, expect, it } from "vitest";
import { TARGET_TEMPLATE_HEADERS, TARGETS_SHEET } from "./columns";
import { targetTemplateTable } from "./tables";
import { targetSheetRows } from "./targets";
import type { RawTable } from "./table";
import type { ImportProblem } from "./types";

const names = (key: string, direction: string) => ({ key, nameZh: key, nameEn: key, unitZh: "%", unitEn: "%", derivation: null, direction });

describe("the targets sheet of the template", () => {
  const catalogue = [names("rd_intensity", "higher"), names("pop_resident", "context"), names("energy_intensity", "lower")];
  const period = { code: "p2", baseYear: 2035, targetYear: 2040 };

  it("has one row per indicator that takes a target, for each period given, prefilled with the stored target", () => {
    const stored = new Map([["p2|rd_intensity", { kind: "annual_growth", value: 7, baseYear: 2034, reason: "纲要" }]]);
    const table = targetTemplateTable(
      { code: "x", nameZh: "", nameEn: "" },
      [period],
      catalogue,
      (p, key) => stored.get(`${p}|${key}`),
      (_p, key) => (key === "energy_intensity" ? "change_pct" : null),
    );
    expect(table.headers).toEqual(TARGET_TEMPLATE_HEADERS);
    expect(table.rows).toEqual([
      ["x", "rd_intensity", "rd_intensity", "rd_intensity", "%", "%", "p2", "annual_growth", 7, 2034, 2040, "纲要"],
      // No target yet: the national reference's kind, the period's base year, no value.
      ["x", "energy_intensity", "energy_intensity", "energy_intensity", "%", "%", "p2", "change_pct", null, 2035, 2040, null],
    ]);
  });

  it("has no row without an open period", () => {
    expect(targetTemplateTable({ code: "x", nameZh: "", nameEn: "" }, [], catalogue, () => undefined, () => null).rows).toEqual([]);
  });
});

describe("reading a targets sheet", () => {
  const table = (header: string[], rows: (string | number | null)[][]): RawTable => ({
    format: "xlsx",
    header: { row: 1, cells: header },
    rows: rows.map((cells, i) => ({ row: i + 2, cells })),
    problems: [],
  });

  it("picks the rows with a value, skips the others, and ignores the columns for people", () => {
    const problems: ImportProblem[] = [];
    const read = targetSheetRows(
      table(TARGET_TEMPLATE_HEADERS, [
        ["x", "rd_intensity", "研发", "R&D", "%", "%", "p2", "absolute", 3.1, null, 2040, "理由"],
        ["x", "hte_count", "高企", "HTE", "家", "firms", "p2", "absolute", null, 2035, 2040, null],
      ]),
      TARGETS_SHEET,
      (p) => problems.push(p),
    );
    expect(problems).toEqual([]);
    expect(read.skipped).toBe(1);
    expect(read.rows).toEqual([
      { row: 2, cells: { area_code: "x", indicator_key: "rd_intensity", period: "p2", kind: "absolute", value: 3.1, base_year: null, reason: "理由" } },
    ]);
    expect(read.letters).toMatchObject({ period: "G", value: "I", reason: "L" });
  });

  it("names the sheet in the header's problems, and reads no row without a required column", () => {
    const problems: ImportProblem[] = [];
    const read = targetSheetRows(table(["area_code", "indicator_key", "kind", "value", "colour"], [["x", "rd_intensity", "absolute", 3]]), TARGETS_SHEET, (p) =>
      problems.push(p),
    );
    expect(problems).toEqual([
      { sheet: TARGETS_SHEET, row: 1, column: "colour", cell: "E", code: "unknown_column" },
      { sheet: TARGETS_SHEET, row: 1, column: "period", cell: null, code: "missing_column" },
    ]);
    expect(read.rows).toEqual([]);
  });
});
