import { describe, expect, it } from "vitest";
import { barLength, niceTicks, progressLayout, progressScene, radarPoint, radarScene, seriesScene, wrapText } from "./scenes";
import { sceneToSvg } from "./svg";
import type { Measure, Shape } from "./types";

// The charts' geometry, computed by hand: a fixed measure (every character half its size wide)
// keeps the layout independent of the font.
const measure: Measure = (text, size) => text.length * size * 0.5;
const texts = (shapes: Shape[]) => shapes.filter((s): s is Extract<Shape, { kind: "text" }> => s.kind === "text");

describe("barLength", () => {
  it("is the value's share of the scale times the plot's width, cut at the ends", () => {
    // 0–120% over 240 pt: 60% is half the width, 100% five sixths.
    expect(barLength(60, 0, 120, 240)).toBe(120);
    expect(barLength(100, 0, 120, 240)).toBeCloseTo(200, 10);
    expect(barLength(150, 0, 120, 240)).toBe(240);
    expect(barLength(-44, 0, 120, 240)).toBe(0);
  });
});

describe("the progress overview", () => {
  it("draws a bar of 60% as half the plot (0–120%) from the plot's left edge, in its status's colour", () => {
    const spec = { type: "progress" as const, min: 0, max: 120, reference: { value: 100, label: "目标" }, rows: [{ label: "A", value: 60, text: "60% · 按期推进", status: "on_track" }, { label: "B", value: null, text: "数据不足", status: "insufficient_data" }] };
    const scene = progressScene(spec, 400, measure);
    // 400 pt: names 136, texts 96, 6 between: the plot is 162 pt from x = 136.
    const { plotX, plotWidth } = progressLayout(400);
    expect([plotX, plotWidth]).toEqual([136, 162]);
    const bars = scene.shapes.filter((s): s is Extract<Shape, { kind: "rect" }> => s.kind === "rect" && s.fill !== "#f1f5f9");
    // One bar (B has no value): 81 pt long, from x = 136.
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({ x: 136, w: 81, fill: "#047857" });
    // The target line at 100%: 136 + 162 × 100/120 = 271.
    const target = scene.shapes.find((s) => s.kind === "line" && s.line.dash)!;
    expect(target).toMatchObject({ x1: 271, x2: 271 });
    expect(texts(scene.shapes).map((t) => t.text)).toEqual(expect.arrayContaining(["A", "B", "60% · 按期推进", "数据不足", "目标 100%", "0%", "50%", "100%"]));
  });
});

describe("the progress overview, compact (a brief's)", () => {
  it("sets one-line rows 13 pt apart instead of 17, its bars 7 pt thick instead of 9", () => {
    const rows = [{ label: "A", value: 60, text: "60%", status: "on_track" }, { label: "B", value: 90, text: "90%", status: "on_track" }];
    const spec = { type: "progress" as const, min: 0, max: 120, reference: { value: 100, label: "目标" }, rows };
    // Full: a row is max(one line of 8 + 2, plus 6; a bar of 9 plus 8) = 17 pt; the scene 14 + 2 × 17 + 12 = 60 pt.
    // Compact: max(one line of 7 + 1.5, plus 4; a bar of 7 plus 6) = 13 pt; the scene 14 + 2 × 13 + 12 = 52 pt.
    expect(progressScene(spec, 400, measure).height).toBe(60);
    expect(progressScene({ ...spec, compact: true }, 400, measure).height).toBe(52);
    const bars = progressScene({ ...spec, compact: true }, 400, measure).shapes.filter((s): s is Extract<Shape, { kind: "rect" }> => s.kind === "rect" && s.fill !== "#f1f5f9");
    expect(bars.map((b) => b.h)).toEqual([7, 7]);
  });
});

describe("radarPoint", () => {
  it("puts the first spoke straight up and the others clockwise, at value/max of the radius", () => {
    // Centre (100, 100), radius 80: 50 on the first spoke is 40 pt above the centre.
    const [x0, y0] = radarPoint(100, 100, 80, 0, 3, 50);
    expect(x0).toBeCloseTo(100, 10);
    expect(y0).toBeCloseTo(60, 10);
    // The second of three spokes points 30° below the horizontal, to the right: (100 + 80·cos 30°, 100 + 80·sin 30°).
    const [x1, y1] = radarPoint(100, 100, 80, 1, 3, 100);
    expect(x1).toBeCloseTo(169.282, 3);
    expect(y1).toBeCloseTo(140, 10);
    // The third: 150°, to the left; a value beyond 100 stays on the outer ring.
    const [x2, y2] = radarPoint(100, 100, 80, 2, 3, 130);
    expect(x2).toBeCloseTo(30.718, 3);
    expect(y2).toBeCloseTo(140, 10);
  });

  it("draws the area's polygon through its three scores and leaves out a series with a missing score", () => {
    const scene = radarScene(
      { type: "radar", axes: ["主体", "要素", "结构"], series: [{ name: "本示范区", values: [100, 50, 0], emphasis: true }, { name: "同组中位数", values: [50, null, 50], emphasis: false }], noData: "无数据" },
      400,
      220,
      measure,
    );
    // Radius: min((220 − 18 − 40) / 1.5, 400/2 − 110) = min(108, 90) = 90; centre (200, 20 + 90).
    const area = scene.shapes.find((s): s is Extract<Shape, { kind: "path" }> => s.kind === "path" && !!s.fill)!;
    expect(area.points[0]![0]).toBeCloseTo(200, 6);
    expect(area.points[0]![1]).toBeCloseTo(20, 6);
    expect(area.points[1]![0]).toBeCloseTo(200 + 45 * Math.cos(Math.PI / 6), 6);
    expect(area.points[1]![1]).toBeCloseTo(110 + 45 * 0.5, 6);
    expect(area.points[2]![0]).toBeCloseTo(200, 6);
    expect(area.points[2]![1]).toBeCloseTo(110, 6);
    // No dashed polygon for the median (it lacks a score); the legend still names both.
    expect(scene.shapes.some((s) => s.kind === "path" && s.line?.dash)).toBe(false);
    expect(texts(scene.shapes).map((t) => t.text)).toEqual(expect.arrayContaining(["主体", "要素", "结构", "本示范区", "同组中位数"]));
  });
});

describe("an indicator's series against its targets", () => {
  const spec = {
    type: "series" as const,
    title: "R&D经费投入强度（%）",
    decimals: 2,
    points: [2020, 2021, 2023, 2024].map((year, i) => ({ year, value: [2, 2.2, 2.6, 2.8][i]! })),
    base: { year: 2020, value: 2 },
    targets: [
      { year: 2020, value: 2.5, label: "2020年目标", previous: true },
      { year: 2025, value: 3, label: "2025年目标", previous: false },
    ],
    noData: "无数据",
  };

  it("breaks the line at a missing year, marks both targets and names them with their values", () => {
    const scene = seriesScene(spec, 240, 150, measure);
    const lines = scene.shapes.filter((s): s is Extract<Shape, { kind: "path" }> => s.kind === "path" && !s.closed);
    // 2020–2021, then 2023–2024: two pieces.
    expect(lines.map((l) => l.points.length)).toEqual([2, 2]);
    const diamonds = scene.shapes.filter((s): s is Extract<Shape, { kind: "path" }> => s.kind === "path" && s.closed);
    expect(diamonds.map((d) => d.fill?.color)).toEqual(["#ffffff", "#047857"]);
    // The values and targets run from 2 to 3; with 12% of room each side (1.88 to 3.12) the ticks are
    // 1.5, 2, … 3.5 (step 0.5 for about four steps). So 3.00 sits a quarter of the plot below its
    // top; the diamond's centre is its top and bottom points' middle.
    const ys = (d: (typeof diamonds)[number]) => (d.points[0]![1] + d.points[2]![1]) / 2;
    const title = 8.5 + 2;
    const top = title + 12;
    const bottom = 150 - 14;
    expect(ys(diamonds[1]!)).toBeCloseTo(top + (bottom - top) / 4, 6);
    // 2.5 is half way up.
    expect(ys(diamonds[0]!)).toBeCloseTo((top + bottom) / 2, 6);
    expect(texts(scene.shapes).map((t) => t.text)).toEqual(expect.arrayContaining(["2025年目标 3.00", "2020年目标 2.50", "2.80", "1.5", "3.5"]));
  });

  it("says so where there is nothing to draw", () => {
    const scene = seriesScene({ ...spec, points: [], base: null, targets: [] }, 240, 150, measure);
    expect(texts(scene.shapes).map((t) => t.text)).toContain("无数据");
  });
});

describe("the helpers", () => {
  it("picks round ticks that cover the range", () => {
    expect(niceTicks(2, 3, 4)).toEqual([2, 2.25, 2.5, 2.75, 3]);
    expect(niceTicks(64126, 82639, 4)).toEqual([60000, 65000, 70000, 75000, 80000, 85000]);
    expect(niceTicks(5, 5, 4)).toEqual([4.5, 4.75, 5, 5.25, 5.5]);
  });

  it("wraps Chinese between characters and English at spaces", () => {
    // 8 pt: a character is 4 pt wide here, so 20 pt holds five.
    expect(wrapText("高技术制造业增加值占比", 20, 8, measure)).toEqual(["高技术制造", "业增加值占", "比"]);
    expect(wrapText("Share of high tech output", 40, 8, measure)).toEqual(["Share of", "high tech", "output"]);
  });

  it("writes the scene as SVG with its text escaped", () => {
    const svg = sceneToSvg({ width: 10, height: 10, shapes: [{ kind: "text", x: 1, y: 2, text: "R&D <x>", size: 8, color: "#000", anchor: "middle" }] });
    expect(svg).toContain(`<text x="1" y="2" font-size="8" fill="#000" text-anchor="middle">R&amp;D &lt;x&gt;</text>`);
  });
});
