import type { Measure, ProgressChartSpec, RadarChartSpec, Scene, SeriesChartSpec, Shape, Stroke } from "./types";

// The documents' charts drawn as scenes at a fixed size in points, from the same data as the
// document. Written here rather than with recharts: recharts 3 draws nothing with react-dom/server
// (its parts register in an effect before they draw; recharts issues #5997 and #6139), and a
// document needs no browser. Made to print: dark lines and labels on white, every status and target
// named in text, so that a grey print keeps every meaning.

export const CHART_COLORS = {
  text: "#0f172a",
  axis: "#475569",
  grid: "#cbd5e1",
  track: "#f1f5f9",
  brand: "#155479",
  median: "#475569",
  series: "#1e293b",
  target: "#047857",
} as const;

/** Bar fills by progress status: darker for a better status, so that grey print keeps the order too. */
export const STATUS_FILL: Record<string, string> = {
  achieved: "#065f46",
  on_track: "#047857",
  moderate: "#b45309",
  limited: "#ea580c",
  deterioration: "#b91c1c",
  insufficient_data: "#94a3b8",
  no_data_yet: "#94a3b8",
  // A closed period's verdicts.
  met: "#065f46",
  missed: "#b91c1c",
};

const SIZE = { label: 8, small: 7, title: 8.5 };

// ---------------------------------------------------------------------------------------------
// Geometry, exported for the tests

/** A bar's length for `value` on a scale from `min` to `max` drawn over `plotWidth`; values beyond are cut at the ends. */
export function barLength(value: number, min: number, max: number, plotWidth: number): number {
  const clamped = Math.min(Math.max(value, min), max);
  return ((clamped - min) / (max - min)) * plotWidth;
}

/** Spoke `i` of `n`, the first pointing up and the others clockwise: the point at `value` of `max` on a radius `radius`. */
export function radarPoint(cx: number, cy: number, radius: number, i: number, n: number, value: number, max = 100): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (Math.min(Math.max(value, 0), max) / max) * radius;
  return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
}

/** Round tick values from below `lo` to above `hi`, about `count` of them (1, 2, 2.5 or 5 times a power of ten apart). */
export function niceTicks(lo: number, hi: number, count = 4): number[] {
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks.at(-1)! < hi) ticks.push(Number((ticks.at(-1)! + step).toPrecision(12)));
  return ticks;
}

/** Lines of `text` no wider than `width`: broken at spaces, or between Chinese characters. */
export function wrapText(text: string, width: number, size: number, measure: Measure, bold = false): string[] {
  const tokens = text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF][，、。；：）》」]?|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const next = line + token;
    if (line && measure(next.trimEnd(), size, bold) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [""];
}

const text = (x: number, y: number, value: string, size: number, opts: { color?: string; anchor?: "start" | "middle" | "end"; bold?: boolean } = {}): Shape => ({
  kind: "text",
  x,
  y,
  text: value,
  size,
  color: opts.color ?? CHART_COLORS.text,
  anchor: opts.anchor ?? "start",
  bold: opts.bold,
});
const line = (x1: number, y1: number, x2: number, y2: number, stroke: Stroke): Shape => ({ kind: "line", x1, y1, x2, y2, line: stroke });

// ---------------------------------------------------------------------------------------------
// The progress overview

/** Where the progress overview's plot lies across `width`: the names on the left, the values' texts on the right. */
export function progressLayout(width: number) {
  const labelWidth = width * 0.34;
  const textWidth = width * 0.24;
  return { plotX: labelWidth, plotWidth: width - labelWidth - textWidth - 6, textX: width - textWidth, labelWidth, textWidth };
}

export function progressScene(spec: ProgressChartSpec, width: number, measure: Measure): Scene {
  const { plotX, plotWidth, textX, labelWidth, textWidth } = progressLayout(width);
  const x = (v: number) => plotX + barLength(v, spec.min, spec.max, plotWidth);
  const top = 14;
  // A brief's chart: a point smaller, with thinner bars and less room between rows.
  const size = spec.compact ? SIZE.label - 1 : SIZE.label;
  const barHeight = spec.compact ? 7 : 9;
  const lineHeight = size + (spec.compact ? 1.5 : 2);
  const pad = spec.compact ? 4 : 6;
  const shapes: Shape[] = [];
  const rows = spec.rows.map((row) => {
    const labels = wrapText(row.label, labelWidth - 6, size, measure);
    const texts = wrapText(row.text, textWidth, size, measure);
    return { row, labels, texts, height: Math.max(Math.max(labels.length, texts.length) * lineHeight + pad, barHeight + pad + 2) };
  });
  const bottom = top + rows.reduce((sum, r) => sum + r.height, 0);

  // The scale: light lines every 25%, labelled every 50%, the target line at 100% over the bars.
  for (let v = spec.min; v <= spec.max; v += 25) {
    shapes.push(line(x(v), top, x(v), bottom, { stroke: CHART_COLORS.grid, width: 0.5 }));
    if (v % 50 === 0) shapes.push(text(x(v), bottom + 9, `${v}%`, SIZE.small, { color: CHART_COLORS.axis, anchor: "middle" }));
  }
  let y = top;
  for (const { row, labels, texts, height } of rows) {
    const mid = y + height / 2;
    labels.forEach((l, i) => shapes.push(text(0, mid - ((labels.length - 1) * lineHeight) / 2 + i * lineHeight + size * 0.35, l, size)));
    shapes.push({ kind: "rect", x: plotX, y: mid - barHeight / 2, w: plotWidth, h: barHeight, fill: CHART_COLORS.track });
    if (row.value !== null && row.value > spec.min) {
      shapes.push({ kind: "rect", x: plotX, y: mid - barHeight / 2, w: Math.max(barLength(row.value, spec.min, spec.max, plotWidth), 0.8), h: barHeight, fill: STATUS_FILL[row.status] ?? CHART_COLORS.brand });
    }
    texts.forEach((l, i) => shapes.push(text(textX, mid - ((texts.length - 1) * lineHeight) / 2 + i * lineHeight + size * 0.35, l, size)));
    y += height;
  }
  const rx = x(spec.reference.value);
  shapes.push(line(rx, top - 3, rx, bottom, { stroke: CHART_COLORS.target, width: 1, dash: [3, 2] }));
  shapes.push(text(rx, top - 5, `${spec.reference.label} ${spec.reference.value}%`, SIZE.small, { color: CHART_COLORS.target, anchor: "middle", bold: true }));
  return { width, height: bottom + 12, shapes };
}

// ---------------------------------------------------------------------------------------------
// The radar

const RINGS = [25, 50, 75, 100];

export function radarScene(spec: RadarChartSpec, width: number, height: number, measure: Measure): Scene {
  const n = spec.axes.length;
  const legendHeight = 18;
  const labelRoom = 20;
  // Three spokes make a triangle 1.5 radii tall: the centre sits a radius below the top.
  const radius = Math.min((height - legendHeight - 2 * labelRoom) / 1.5, width / 2 - 110);
  const cx = width / 2;
  const cy = labelRoom + radius;
  const shapes: Shape[] = [];
  const polygon = (values: number[], r = radius) => values.map((v, i) => radarPoint(cx, cy, r, i, n, v));

  for (const ring of RINGS) shapes.push({ kind: "path", points: polygon(spec.axes.map(() => ring)), closed: true, line: { stroke: CHART_COLORS.grid, width: ring === 100 ? 0.8 : 0.5 } });
  spec.axes.forEach((label, i) => {
    const [ex, ey] = radarPoint(cx, cy, radius, i, n, 100);
    shapes.push(line(cx, cy, ex, ey, { stroke: CHART_COLORS.grid, width: 0.5 }));
    const [lx, ly] = radarPoint(cx, cy, radius + 8, i, n, 100);
    const dx = lx - cx;
    const anchor = Math.abs(dx) < 1 ? "middle" : dx > 0 ? "start" : "end";
    const baseline = ly < cy - radius * 0.5 ? ly : ly + SIZE.label + 1;
    shapes.push(text(lx, baseline, label, SIZE.label + 0.5, { anchor, bold: true }));
  });
  // The scale along the first spoke, beside it.
  for (const ring of RINGS) {
    const [, ry] = radarPoint(cx, cy, radius, 0, n, ring);
    shapes.push(text(cx + 3, ry + 2.5, String(ring), SIZE.small - 0.5, { color: CHART_COLORS.axis }));
  }
  // The peers first, the area over them.
  const ordered = [...spec.series].sort((a, b) => Number(a.emphasis) - Number(b.emphasis));
  for (const s of ordered) {
    if (s.values.some((v) => v === null)) continue;
    const points = polygon(s.values as number[]);
    if (s.emphasis) {
      shapes.push({ kind: "path", points, closed: true, fill: { color: CHART_COLORS.brand, opacity: 0.22 }, line: { stroke: CHART_COLORS.brand, width: 1.6 } });
      for (const [px, py] of points) shapes.push({ kind: "circle", cx: px, cy: py, r: 2.2, fill: CHART_COLORS.brand });
    } else {
      shapes.push({ kind: "path", points, closed: true, line: { stroke: CHART_COLORS.median, width: 1.2, dash: [4, 2.5] } });
    }
  }
  if (spec.series.every((s) => s.values.some((v) => v === null))) shapes.push(text(cx, cy, spec.noData, SIZE.label, { anchor: "middle", color: CHART_COLORS.axis }));

  // The legend under the drawing, centred: a filled square for the area, a dashed line for the peers.
  const legendY = height - 5;
  const items = spec.series.map((s) => ({ s, w: 16 + measure(s.name, SIZE.label) }));
  const total = items.reduce((sum, it) => sum + it.w, 0) + 14 * (items.length - 1);
  let lx = cx - total / 2;
  for (const { s, w } of items) {
    if (s.emphasis) shapes.push({ kind: "rect", x: lx, y: legendY - 7, w: 10, h: 7, fill: CHART_COLORS.brand });
    else shapes.push(line(lx, legendY - 3.5, lx + 11, legendY - 3.5, { stroke: CHART_COLORS.median, width: 1.2, dash: [4, 2.5] }));
    shapes.push(text(lx + 14, legendY, s.name, SIZE.label));
    lx += w + 14;
  }
  return { width, height, shapes };
}

// ---------------------------------------------------------------------------------------------
// An indicator's series against its targets

/** A number with `decimals` decimals and thousands separators (the same in Chinese and English). */
export function formatNumber(value: number, decimals: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** The decimals a tick step needs (0.25 → 2, 2.5 → 1, 20 → 0). */
function stepDecimals(ticks: number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-6) return d;
  return 6;
}

export function seriesScene(spec: SeriesChartSpec, width: number, height: number, measure: Measure): Scene {
  const format = (v: number) => formatNumber(v, spec.decimals);
  const shapes: Shape[] = [];
  const titles = wrapText(spec.title, width - 4, SIZE.title, measure, true).slice(0, 2);
  titles.forEach((t, i) => shapes.push(text(0, SIZE.title + i * (SIZE.title + 2), t, SIZE.title, { bold: true })));
  const plotTop = titles.length * (SIZE.title + 2) + 12;
  const plotBottom = height - 14;

  const years = [...spec.points.map((p) => p.year), ...spec.targets.map((t) => t.year), ...(spec.base ? [spec.base.year] : [])];
  const values = [...spec.points.map((p) => p.value), ...spec.targets.map((t) => t.value), ...(spec.base ? [spec.base.value] : [])];
  if (years.length === 0) {
    shapes.push(text(width / 2, (plotTop + plotBottom) / 2, spec.noData, SIZE.label, { anchor: "middle", color: CHART_COLORS.axis }));
    return { width, height, shapes };
  }
  // Room above and below the values (about a label's height) for the labels beside them.
  const spread = Math.max(...values) - Math.min(...values);
  const ticks = niceTicks(Math.min(...values) - spread * 0.12, Math.max(...values) + spread * 0.12, 4);
  const lo = ticks[0]!;
  const hi = ticks.at(-1)!;
  const tickTexts = ticks.map((t) => formatNumber(t, stepDecimals(ticks)));
  const plotLeft = Math.max(...tickTexts.map((t) => measure(t, SIZE.small))) + 5;
  const plotRight = width - 6;
  const first = Math.min(...years) - 0.5;
  const last = Math.max(...years) + 0.5;
  const x = (year: number) => plotLeft + ((year - first) / (last - first)) * (plotRight - plotLeft);
  const y = (value: number) => plotBottom - ((value - lo) / (hi - lo)) * (plotBottom - plotTop);

  ticks.forEach((t, i) => {
    shapes.push(line(plotLeft, y(t), plotRight, y(t), { stroke: CHART_COLORS.grid, width: 0.5 }));
    shapes.push(text(plotLeft - 3, y(t) + 2.5, tickTexts[i]!, SIZE.small, { anchor: "end", color: CHART_COLORS.axis }));
  });
  const span = Math.round(last - first);
  const step = span <= 8 ? 1 : span <= 16 ? 2 : 5;
  for (let year = Math.ceil(first); year <= last; year++) {
    if ((year - Math.ceil(first)) % step !== 0 && year !== Math.floor(last)) continue;
    shapes.push(text(x(year), plotBottom + 9, String(year), SIZE.small, { anchor: "middle", color: CHART_COLORS.axis }));
  }
  shapes.push(line(plotLeft, plotBottom, plotRight, plotBottom, { stroke: CHART_COLORS.axis, width: 0.6 }));

  // The way from the base to each of this period's targets, dashed.
  for (const t of spec.targets) {
    if (t.previous || !spec.base) continue;
    shapes.push(line(x(spec.base.year), y(spec.base.value), x(t.year), y(t.value), { stroke: CHART_COLORS.target, width: 0.9, dash: [3, 2] }));
  }
  // The values, a line broken where a year is missing.
  const points = [...spec.points].sort((a, b) => a.year - b.year);
  let run: [number, number][] = [];
  const flush = () => {
    if (run.length > 1) shapes.push({ kind: "path", points: run, closed: false, line: { stroke: CHART_COLORS.series, width: 1.5 } });
    run = [];
  };
  points.forEach((p, i) => {
    if (i > 0 && p.year - points[i - 1]!.year > 1) flush();
    run.push([x(p.year), y(p.value)]);
  });
  flush();
  for (const p of points) shapes.push({ kind: "circle", cx: x(p.year), cy: y(p.value), r: 1.8, fill: CHART_COLORS.series });
  // The targets: a diamond, filled for this period's, open for the previous period's, each named on
  // the side away from the line (this period's away from the latest value, the previous one's away
  // from the base value), on a white ground so that the lines it crosses do not run through it.
  const latest = points.at(-1);
  const target = spec.targets.find((t) => !t.previous);
  const latestBelow = !!latest && !!target && latest.value < target.value;
  const d = 4;
  const labelAt = (cx: number, cy: number, wantAbove: boolean, w: number, gap: number) => {
    const lx = Math.min(Math.max(cx, plotLeft + w / 2), plotRight - w / 2);
    const above = cy - gap - 1;
    const below = cy + gap + SIZE.small;
    const fitsAbove = above - SIZE.small >= plotTop - 10;
    const fitsBelow = below <= plotBottom - 2;
    return { lx, ly: (wantAbove && fitsAbove) || !fitsBelow ? above : below };
  };
  for (const t of spec.targets) {
    const [tx, ty] = [x(t.year), y(t.value)];
    shapes.push({
      kind: "path",
      points: [[tx, ty - d], [tx + d, ty], [tx, ty + d], [tx - d, ty]],
      closed: true,
      fill: { color: t.previous ? "#ffffff" : CHART_COLORS.target, opacity: 1 },
      line: { stroke: CHART_COLORS.target, width: 1.1 },
    });
    const label = `${t.label} ${format(t.value)}`;
    const w = measure(label, SIZE.small, true);
    const reference = t.previous ? (spec.base?.value ?? points[0]?.value) : latest?.value;
    // Equal to the latest value: below, as the latest value's label goes above.
    const { lx, ly } = labelAt(tx, ty, reference === undefined || (t.previous ? t.value >= reference : t.value > reference), w, d + 2);
    shapes.push({ kind: "rect", x: lx - w / 2 - 1.5, y: ly - SIZE.small * 0.9, w: w + 3, h: SIZE.small * 1.2, fill: "#ffffff" });
    shapes.push(text(lx, ly, label, SIZE.small, { anchor: "middle", color: CHART_COLORS.target, bold: true }));
  }
  // The latest value last, over everything: to the right of its point where the years to the target
  // leave room, else on the side of its point away from this period's target.
  if (latest) {
    const label = format(latest.value);
    const w = measure(label, SIZE.small);
    const [px, py] = [x(latest.year), y(latest.value)];
    const right = !!target && target.year - latest.year >= 2 && px + 5 + w < plotRight;
    const { lx, ly } = right ? { lx: px + 5 + w / 2, ly: py + SIZE.small * 0.35 } : labelAt(px, py, !latestBelow, w, 4);
    shapes.push({ kind: "rect", x: lx - w / 2 - 1, y: ly - SIZE.small * 0.9, w: w + 2, h: SIZE.small * 1.2, fill: "#ffffff" });
    shapes.push(text(lx, ly, label, SIZE.small, { anchor: "middle" }));
  }
  return { width, height, shapes };
}
