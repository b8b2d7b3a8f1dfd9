// @vitest-environment happy-dom
// The drawings at a fixed size, with nothing measured: what a document export will draw. Recharts 3
// renders a chart in two passes (its parts register in an effect, then draw), so react-dom/server's
// one pass gives an empty wrapper; react-dom's client in a DOM without layout (happy-dom) draws it whole.
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { ReactElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { IndicatorPlot } from "./indicator-plot";
import { IndustryMixPlot } from "./industry-mix-plot";
import { PeerBandPlot } from "./peer-band-plot";
import { PeerBarPlot } from "./peer-bar-plot";
import { PopulationPlot } from "./population-plot";
import { ProgressOverviewPlot } from "./progress-overview-plot";
import { RadarPlot } from "./radar-plot";
import { SmallMultiplePlot } from "./small-multiple-plot";
import type { IndicatorChartProps } from "../types";

const roots: (() => void)[] = [];
afterEach(() => {
  while (roots.length) roots.pop()!();
  document.body.innerHTML = "";
});

/** Draws `element` once, synchronously, and returns its <svg>. */
function draw(element: ReactElement): SVGSVGElement {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(element));
  roots.push(() => root.unmount());
  const svg = container.querySelector("svg.recharts-surface");
  if (!svg) throw new Error(`nothing drawn: ${container.innerHTML.slice(0, 300)}`);
  return svg as SVGSVGElement;
}

const num = (el: Element | null | undefined, attr: string) => Number(el?.getAttribute(attr));

const indicator: IndicatorChartProps = {
  title: "R&D经费投入强度",
  summary: "R&D经费投入强度：4 个年度数值",
  locale: "zh",
  unit: "%",
  decimals: 2,
  // 2022 missing: the observed line breaks there.
  series: [
    { year: 2020, value: 2.1 },
    { year: 2021, value: 2.3 },
    { year: 2022, value: null },
    { year: 2023, value: 2.6 },
  ],
  projection: [
    { year: 2023, value: 2.6 },
    { year: 2024, value: 2.75 },
    { year: 2025, value: 2.9 },
  ],
  target: { year: 2025, value: 3 },
  nationalReference: 2.4,
  periodBoundary: { year: 2020, label: "基期（2020）" },
  labels: { value: "实际值", projection: "按当前速度预测", target: "2025年目标", national: "全国参考值" },
};

describe("the indicator chart at a fixed size", () => {
  it("draws its series, projection, target and national reference at 600 × 240 px", () => {
    const svg = draw(<IndicatorPlot {...indicator} width={600} height={240} descriptionId="desc" />);
    expect([num(svg, "width"), num(svg, "height")]).toEqual([600, 240]);
    // Named by the description the page renders beside it; focusable for the arrow keys.
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-labelledby")).toBe("desc");
    expect(svg.getAttribute("tabindex")).toBe("0");

    const curves = [...svg.querySelectorAll("path.recharts-line-curve")];
    const observed = curves.find((p) => p.getAttribute("name") === "实际值")!;
    const projected = curves.find((p) => p.getAttribute("name") === "按当前速度预测")!;
    // Two pieces: 2020–2021, then 2023 alone after the missing year.
    expect(observed.getAttribute("d")!.match(/M/g)).toHaveLength(2);
    expect(observed.getAttribute("stroke")).toBe("#334155");
    expect(projected.getAttribute("stroke-dasharray")).toBe("6 4");
    // Three points, 2023 to 2025: the path starts where the observed one ends.
    expect(projected.getAttribute("d")!.match(/[ML]/g)).toHaveLength(3);

    const dots = [...svg.querySelectorAll(".recharts-line-dots circle")];
    const dotY = (x: string) => dots.filter((c) => c.getAttribute("fill") === "#334155").map((c) => num(c, "cy"))[Number(x)]!;
    const targetDot = dots.find((c) => c.getAttribute("fill") === "#047857")!;
    const lines = [...svg.querySelectorAll("line.recharts-reference-line-line")];
    const targetLine = lines.find((l) => l.getAttribute("stroke") === "#047857")!;
    const nationalLine = lines.find((l) => l.getAttribute("stroke") === "#b45309")!;
    const boundary = lines.find((l) => l.getAttribute("stroke-dasharray") === "2 3")!;
    // The target line runs through the 2025 target's dot; the national reference (2.4) lies between 2021 (2.3) and 2023 (2.6).
    expect(targetLine.getAttribute("stroke-dasharray")).toBe("6 4");
    expect(num(targetLine, "y1")).toBeCloseTo(num(targetDot, "cy"), 6);
    expect(num(nationalLine, "y1")).toBeLessThan(dotY("1"));
    expect(num(nationalLine, "y1")).toBeGreaterThan(dotY("2"));
    // The period boundary is vertical, at 2020: the first observed dot's x.
    const firstDot = dots.find((c) => c.getAttribute("fill") === "#334155")!;
    expect(num(boundary, "x1")).toBe(num(boundary, "x2"));
    expect(num(boundary, "x1")).toBeCloseTo(num(firstDot, "cx"), 6);
    // The labels are text in the drawing, so a document export keeps them.
    expect(svg.textContent).toContain("2025年目标");
    expect(svg.textContent).toContain("全国参考值");
    expect(svg.textContent).toContain("基期（2020）");
  });

  it("draws the previous period's target as a ring at its year and the series break as a dotted vertical line", () => {
    const props: IndicatorChartProps = {
      ...indicator,
      series: [...indicator.series, { year: 2024, value: 2.8 }, { year: 2025, value: 2.95 }],
      projection: null,
      target: { year: 2030, value: 3.5 },
      previousTarget: { year: 2025, value: 3 },
      endYear: 2030,
      seriesBreak: { year: 2024, label: "口径调整" },
      labels: { ...indicator.labels, target: "2030年目标", previousTarget: "2025年目标" },
    };
    const svg = draw(<IndicatorPlot {...props} width={600} height={240} />);
    const dots = [...svg.querySelectorAll(".recharts-line-dots circle")];
    const observedDots = dots.filter((c) => c.getAttribute("fill") === "#334155");
    const ring = dots.find((c) => c.getAttribute("fill") === "white" && c.getAttribute("stroke") === "#047857")!;
    const targetDot = dots.find((c) => c.getAttribute("fill") === "#047857")!;
    // Observed 2020, 2021, 2023, 2024, 2025: the ring stands at 2025's x, the 2030 dot to its right.
    expect(observedDots).toHaveLength(5);
    expect(num(ring, "cx")).toBeCloseTo(num(observedDots[4], "cx"), 6);
    expect(num(targetDot, "cx")).toBeGreaterThan(num(ring, "cx"));
    // 3 lies above 2.95 (a smaller y) and below 3.5.
    expect(num(ring, "cy")).toBeLessThan(num(observedDots[4], "cy"));
    expect(num(ring, "cy")).toBeGreaterThan(num(targetDot, "cy"));
    const breakLine = svg.querySelector(".chart-series-break line.recharts-reference-line-line, line.chart-series-break")!;
    expect(num(breakLine, "x1")).toBe(num(breakLine, "x2"));
    expect(num(breakLine, "x1")).toBeCloseTo(num(observedDots[3], "cx"), 6);
    expect(svg.textContent).toContain("口径调整");
    // Without a break, no such line.
    const plain = draw(<IndicatorPlot {...props} seriesBreak={null} width={600} height={240} />);
    expect(plain.querySelector(".chart-series-break")).toBeNull();
  });

  it("labels the higher reference line above itself and the lower one below", () => {
    const label = (svg: SVGSVGElement, text: string) => [...svg.querySelectorAll("text")].find((t) => t.textContent === text)!;
    const line = (svg: SVGSVGElement, stroke: string) => [...svg.querySelectorAll("line.recharts-reference-line-line")].find((l) => l.getAttribute("stroke") === stroke)!;
    const targetAbove = draw(<IndicatorPlot {...indicator} width={600} height={240} />);
    expect(num(label(targetAbove, "2025年目标"), "y")).toBeLessThan(num(line(targetAbove, "#047857"), "y1"));
    expect(num(label(targetAbove, "全国参考值"), "y")).toBeGreaterThan(num(line(targetAbove, "#b45309"), "y1"));
    // National reference 3.2 above a target of 3: the other way round.
    const nationalAbove = draw(<IndicatorPlot {...indicator} nationalReference={3.2} width={600} height={240} />);
    expect(num(label(nationalAbove, "2025年目标"), "y")).toBeGreaterThan(num(line(nationalAbove, "#047857"), "y1"));
    expect(num(label(nationalAbove, "全国参考值"), "y")).toBeLessThan(num(line(nationalAbove, "#b45309"), "y1"));
  });

  it("draws no target or reference line that the indicator does not have", () => {
    const svg = draw(<IndicatorPlot {...indicator} target={null} nationalReference={null} periodBoundary={null} width={400} height={240} />);
    expect(svg.querySelectorAll("line.recharts-reference-line-line")).toHaveLength(0);
    // The axis still runs to the period's target year without a projection or a target there.
    const noProjection = draw(<IndicatorPlot {...indicator} target={null} projection={null} endYear={2025} width={400} height={240} />);
    const ticks = [...noProjection.querySelectorAll("text.recharts-cartesian-axis-tick-value")].map((t) => t.textContent);
    expect(ticks).toEqual(expect.arrayContaining(["2020", "2025"]));
  });
});

const base = { title: "t", summary: "s", locale: "zh" as const };
const every: [string, ReactElement][] = [
  ["indicator", <IndicatorPlot key="i" {...indicator} width={360} height={240} />],
  [
    "population",
    <PopulationPlot
      key="p"
      {...base}
      rows={[
        { year: 2021, netMigrationRate: -0.4, population: 240.1 },
        { year: 2022, netMigrationRate: 0.2, population: 241.3 },
      ]}
      labels={{ netMigration: "人口净迁移率（%）", population: "常住人口", populationUnit: "万人" }}
      width={360}
      height={240}
    />,
  ],
  [
    "industry mix",
    <IndustryMixPlot key="m" {...base} rows={[{ year: 2022, primary: 8.1, secondary: 45.2, tertiary: 46.7 }]} labels={{ primary: "一", secondary: "二", tertiary: "三" }} width={360} height={240} />,
  ],
  [
    "radar",
    <RadarPlot
      key="r"
      {...base}
      axes={[
        { key: "entity", label: "主体" },
        { key: "factor", label: "要素" },
        { key: "structure", label: "结构" },
      ]}
      series={[
        { name: "自贡", values: { entity: 60, factor: 40, structure: null }, emphasis: true },
        { name: "中位数", values: { entity: 50, factor: 50, structure: 50 }, emphasis: false },
      ]}
      width={360}
      height={300}
    />,
  ],
  [
    "peer bars",
    <PeerBarPlot
      key="b"
      {...base}
      unit="%"
      decimals={1}
      rows={[
        { code: "a", label: "四川自贡", value: 2.5, highlight: true },
        { code: "b", label: "安徽铜陵", value: null, highlight: false },
      ]}
      median={2.5}
      medianLabel="同组中位数"
      noDataLabel="无数据"
      width={360}
      height={98}
    />,
  ],
  [
    "peer band",
    <PeerBandPlot
      key="d"
      {...base}
      unit="%"
      decimals={1}
      rows={[
        { year: 2021, value: 2, median: 1.8, q1: 1.5, q3: 2.2 },
        { year: 2022, value: 2.2, median: 1.9, q1: null, q3: 2.4 },
      ]}
      labels={{ value: "自贡", median: "中位数", band: "四分位" }}
      width={360}
      height={240}
    />,
  ],
  [
    "small multiple",
    <SmallMultiplePlot
      key="s"
      locale="en"
      series={[
        { code: "a", label: "A" },
        { code: "b", label: "B" },
      ]}
      chart={{ key: "k", title: "K", unit: "%", decimals: 1, rows: [{ year: 2021, a: 1, b: 2 }, { year: 2022, a: 1.5, b: null }] }}
      width={300}
      height={160}
    />,
  ],
  [
    "progress overview",
    <ProgressOverviewPlot
      key="o"
      {...base}
      targetLabel="2025年目标"
      rows={[
        { key: "a", label: "高新技术企业数", value: 180, text: "180%（已实现）", status: "achieved" },
        { key: "b", label: "R&D经费投入强度", value: -20, text: "−20%（退步）", status: "deterioration" },
      ]}
      width={600}
      height={120}
    />,
  ],
];

describe("every chart's text", () => {
  it.each(every)("%s: every <text> sets a font size of at least 11 px", (_, element) => {
    const texts = [...draw(element).querySelectorAll("text")];
    expect(texts.length).toBeGreaterThan(3);
    const sizes = texts.map((t) => ({ text: t.textContent, size: Number(t.getAttribute("font-size") ?? (t as SVGTextElement).style.fontSize.replace("px", "")) }));
    expect(sizes.filter((s) => !(s.size >= 11))).toEqual([]);
  });
});
