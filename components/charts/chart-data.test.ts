import { describe, expect, it } from "vitest";
import { indicatorRows, indicatorTable, indicatorTip, peerBarRows, peerBandRows, radarTip } from "./chart-data";
import { byValue, readoutText, targetLabelAbove, textWidth, valueAxisWidth, withUnit } from "./format";
import type { IndicatorChartProps } from "./types";

const indicator: IndicatorChartProps = {
  title: "R&D",
  summary: "",
  locale: "zh",
  unit: "%",
  decimals: 2,
  series: [
    { year: 2020, value: 2.1 },
    { year: 2021, value: null },
    { year: 2022, value: 2.4 },
  ],
  projection: [
    { year: 2022, value: 2.4 },
    { year: 2023, value: 2.5 },
  ],
  target: { year: 2025, value: 3 },
  nationalReference: 2.6,
  labels: { value: "实际值", projection: "预测", target: "目标", national: "全国" },
};

describe("indicatorRows", () => {
  it("merges the series, projection and target by year, every year from the first to 2025", () => {
    expect(indicatorRows(indicator)).toEqual([
      { year: 2020, value: 2.1, projection: null, target: null, previousTarget: null },
      { year: 2021, value: null, projection: null, target: null, previousTarget: null },
      { year: 2022, value: 2.4, projection: 2.4, target: null, previousTarget: null },
      { year: 2023, value: null, projection: 2.5, target: null, previousTarget: null },
      // No value for 2024: the axis still runs through it to the target year.
      { year: 2024, value: null, projection: null, target: null, previousTarget: null },
      { year: 2025, value: null, projection: null, target: 3, previousTarget: null },
    ]);
  });

  it("runs to the period's target year, past it when a value does, and is empty without any", () => {
    expect(indicatorRows({ series: [{ year: 2026, value: 1 }], projection: null, target: null, endYear: 2025 }).map((r) => r.year)).toEqual([2026]);
    expect(indicatorRows({ series: [{ year: 2024, value: 1 }], projection: null, target: null, endYear: 2025 }).map((r) => r.year)).toEqual([2024, 2025]);
    // The 15th period: from the last value to 2030.
    expect(indicatorRows({ series: [{ year: 2025, value: 1 }], projection: null, target: null, endYear: 2030 }).map((r) => r.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    // Without a period's end, the last value's year.
    expect(indicatorRows({ series: [{ year: 2024, value: 1 }], projection: null, target: null }).map((r) => r.year)).toEqual([2024]);
    expect(indicatorRows({ series: [], projection: null, target: null, endYear: 2030 })).toEqual([]);
  });
});

describe("both periods' targets on one chart", () => {
  // The 15th period's chart: the 2030 target, and the 2025 one of the 14th beside it.
  const both: IndicatorChartProps = {
    ...indicator,
    series: [{ year: 2024, value: 2.8 }, { year: 2025, value: 3.1 }],
    projection: null,
    target: { year: 2030, value: 4 },
    previousTarget: { year: 2025, value: 3 },
    endYear: 2030,
    labels: { ...indicator.labels, target: "2030年目标", previousTarget: "2025年目标" },
  };

  it("puts each target at its own year", () => {
    const rows = indicatorRows(both);
    expect(rows.map((r) => r.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(rows.find((r) => r.year === 2025)).toEqual({ year: 2025, value: 3.1, projection: null, target: null, previousTarget: 3 });
    expect(rows.find((r) => r.year === 2030)).toEqual({ year: 2030, value: null, projection: null, target: 4, previousTarget: null });
  });

  it("names both in the tooltip and the table, the earlier target first", () => {
    const rows = indicatorRows(both);
    expect(indicatorTip(both, rows[1]!).items.map((i) => `${i.label} ${i.value}`)).toEqual(["实际值 3.10%", "2025年目标 3.00%"]);
    const table = indicatorTable(both);
    expect(table.columns).toEqual(["实际值", "2025年目标", "2030年目标", "全国"]);
    expect(table.rows[1]).toEqual({ header: "2025", cells: ["3.10%", "3.00%", "—", "2.60%"] });
    expect(table.rows[6]).toEqual({ header: "2030", cells: ["—", "—", "4.00%", "2.60%"] });
  });
});

describe("indicator tooltip, readout and table", () => {
  const rows = indicatorRows(indicator);
  it("names the projection only where nothing was observed", () => {
    expect(indicatorTip(indicator, rows[2]!).items.map((i) => `${i.label} ${i.value}`)).toEqual(["实际值 2.40%"]);
    expect(indicatorTip(indicator, rows[3]!).items.map((i) => `${i.label} ${i.value}`)).toEqual(["预测 2.50%"]);
  });

  it("reads one series as its value, several each with its name, in the page's language", () => {
    expect(readoutText(indicatorTip(indicator, rows[0]!), "zh")).toBe("2020：2.10%");
    expect(readoutText({ title: "2023", items: [{ label: "Observed", value: "12.4%", color: "" }] }, "en")).toBe("2023: 12.4%");
    expect(readoutText({ title: "2025", items: [{ label: "Projected", value: "2.9%", color: "" }, { label: "Target", value: "3.0%", color: "" }] }, "en")).toBe("2025: Projected 2.9%; Target 3.0%");
    expect(readoutText({ title: "2025", items: [{ label: "预测", value: "2.9%", color: "" }, { label: "目标", value: "3.0%", color: "" }] }, "zh")).toBe("2025：预测 2.9%；目标 3.0%");
    expect(readoutText({ title: "2021", items: [] }, "zh")).toBe("2021");
  });

  it("gives every year a row and a column for each line the chart draws", () => {
    const table = indicatorTable(indicator);
    expect(table.rowHeader).toBe("年份");
    expect(table.columns).toEqual(["实际值", "预测", "目标", "全国"]);
    expect(table.rows[1]).toEqual({ header: "2021", cells: ["—", "—", "—", "2.60%"] });
    expect(table.rows[5]).toEqual({ header: "2025", cells: ["—", "—", "3.00%", "2.60%"] });
    // Without a projection, target or national reference, only the observed column.
    expect(indicatorTable({ ...indicator, projection: null, target: null, nationalReference: null }).columns).toEqual(["实际值"]);
  });

  it("ends the table at the last year with a figure, though the axis runs on to the period's end", () => {
    // The 15th period's chart before any 2026 value or 2030 target: the axis runs to 2030, the table stops at 2024.
    const open: IndicatorChartProps = { ...indicator, series: [{ year: 2022, value: 2.4 }, { year: 2024, value: 2.6 }], projection: null, target: null, endYear: 2030 };
    expect(indicatorRows(open).map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    const table = indicatorTable(open);
    // 2023 has no value but lies between two: its row stays, read as a gap.
    expect(table.rows.map((r) => r.header)).toEqual(["2022", "2023", "2024"]);
    expect(table.rows[1]).toEqual({ header: "2023", cells: ["—", "2.60%"] });
    // A figure in the last year keeps every row: a 2030 target, a 2029 projection, the 14th period's 2025 target alone.
    expect(indicatorTable({ ...open, target: { year: 2030, value: 3 } }).rows.at(-1)).toEqual({ header: "2030", cells: ["—", "3.00%", "2.60%"] });
    expect(indicatorTable({ ...open, projection: [{ year: 2024, value: 2.6 }, { year: 2029, value: 3.1 }] }).rows.map((r) => r.header).at(-1)).toBe("2029");
    expect(indicatorTable({ ...open, previousTarget: { year: 2025, value: 2.5 } }).rows.map((r) => r.header)).toEqual(["2022", "2023", "2024", "2025"]);
    expect(indicatorTable({ ...open, series: [] }).rows).toEqual([]);
  });
});

describe("peer rows", () => {
  it("orders bars largest first, peers without data last, and shortens long names to 14 characters", () => {
    const rows = peerBarRows([
      { code: "a", label: "甲", value: 1, highlight: false },
      { code: "b", label: "乙", value: null, highlight: false },
      { code: "c", label: "宁夏东北部（石嘴山—宁东）示范区所在地", value: 3, highlight: true },
    ]);
    expect(rows.map((r) => r.code)).toEqual(["c", "a", "b"]);
    expect(Array.from(rows[0]!.short)).toHaveLength(14);
    expect(rows[0]!.short.endsWith("…")).toBe(true);
    expect(rows[1]!.short).toBe("甲");
  });

  it("keeps the interquartile band only where both quartiles are known", () => {
    const rows = peerBandRows([
      { year: 2022, value: 1, median: 1, q1: 0.5, q3: null },
      { year: 2021, value: 1, median: 1, q1: 0.5, q3: 1.5 },
    ]);
    expect(rows.map((r) => [r.year, r.band])).toEqual([
      [2021, [0.5, 1.5]],
      [2022, null],
    ]);
  });

  it("reads a missing dimension score as the no-data label", () => {
    const tip = radarTip(
      { title: "", summary: "", locale: "zh", axes: [{ key: "entity", label: "主体" }], series: [{ name: "自贡", values: { entity: null }, emphasis: true }], noDataLabel: "无数据" },
      0,
    );
    expect(tip).toEqual({ title: "主体", items: [{ label: "自贡", value: "无数据", color: "#1c6a9a" }] });
  });
});

describe("format helpers", () => {
  it("puts no space before per-cent signs and one before other units", () => {
    expect(withUnit("12.5", "%")).toBe("12.5%");
    expect(withUnit("3.1", "‰")).toBe("3.1‰");
    expect(withUnit("1,204", "万元")).toBe("1,204 万元");
    expect(withUnit("7", "")).toBe("7");
  });

  it("counts Chinese characters a full em and Latin ones 0.6 em", () => {
    expect(textWidth("家", 12)).toBe(12);
    expect(textWidth("10", 12)).toBe(15); // 1.2 em = 14.4 px, rounded up
  });

  it("makes a value axis as wide as its widest label: the round number past the largest value, or a negative one", () => {
    const format = (v: number) => String(v);
    // 3,500 → the axis may end at 4000: four digits, 4 × 0.6 × 12 = 28.8 → 29, plus 12.
    expect(valueAxisWidth([210, 3500], format)).toBe(41);
    // Negative values need their sign: the widest is "-0.57" (the axis's round end, "-0.6", is shorter).
    expect(valueAxisWidth([-0.57, -0.35], format)).toBe(textWidth("-0.57", 12) + 12);
    expect(textWidth("-0.57", 12)).toBe(36);
    expect(valueAxisWidth([], format)).toBe(textWidth("0", 12) + 12);
  });

  it("orders by value, largest first, ties in the caller's order, missing last", () => {
    const rows = [
      { k: "a", value: 3 },
      { k: "b", value: null },
      { k: "c", value: 7 },
      { k: "d", value: 3 },
    ];
    expect(byValue(rows).map((r) => r.k)).toEqual(["c", "a", "d", "b"]);
    expect(rows[0]!.k).toBe("a");
  });

  it("labels the target above its line unless the national reference is higher", () => {
    expect(targetLabelAbove(3, 2.6)).toBe(true);
    expect(targetLabelAbove(3, 3)).toBe(true);
    expect(targetLabelAbove(3, 3.01)).toBe(false);
    expect(targetLabelAbove(null, 2)).toBe(true);
    expect(targetLabelAbove(2, null)).toBe(true);
  });
});
