// What every chart shares: colours, text sizes and the formats of values. Pure, so that the pages'
// server components (which render the charts' descriptions and data tables) can import it too.
import type { ChartLocale } from "./types";

export { numberFormat, withUnit } from "@/lib/i18n/localized";

// Tailwind palette values: every series colour keeps at least 3:1 against white (WCAG 1.4.11).
export const chartColors = {
  series: "#334155", // slate-700
  target: "#047857", // emerald-700
  national: "#b45309", // amber-700
  projection: "#0369a1", // sky-700
  tertiary: "#0284c7", // sky-600
  axis: "#475569", // slate-600
  grid: "#e2e8f0", // slate-200
  text: "#0f172a", // slate-900
  // brand-600 in app/globals.css: the chosen area is drawn in the brand colour in every peer comparison.
  brand: "#1c6a9a",
  highlight: "#f1f5f9", // slate-100, behind the row or year in focus
} as const;

/** Text in a chart is never smaller than 11 px; 12 px is the rule, 11 px for the small multiples' axes. */
export const MIN_FONT_SIZE = 11;
export const FONT_SIZE = 12;

/** Fixed plot height of the line and bar charts over the years; the width follows the page. */
export const CHART_HEIGHT = 240;

/** Tick labels: 12 px in the axis colour. */
export const tickStyle = { fontSize: FONT_SIZE, fill: chartColors.axis } as const;

/** "常住人口（万人）" / "Population (10k)" */
export function labelWithUnit(label: string, unit: string | undefined, locale: ChartLocale) {
  if (!unit) return label;
  return locale === "zh" ? `${label}（${unit}）` : `${label} (${unit})`;
}

/**
 * Pixels a label needs at `fontSize`: Chinese characters are square, Latin letters and digits about
 * 0.6 em. An estimate, so that a value axis is as wide as its longest label without measuring text
 * (a chart drawn on the server measures nothing).
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.6;
  return Math.ceil(em * fontSize);
}

export function truncate(label: string, max: number): string {
  const chars = Array.from(label);
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * Width of a value axis whose ticks are formatted by `format`: the widest of the data's extremes and
 * the next round number past the largest (where the axis may end), plus room for the tick marks.
 */
export function valueAxisWidth(values: number[], format: (v: number) => string, fontSize = FONT_SIZE): number {
  if (values.length === 0) return textWidth(format(0), fontSize) + 12;
  const largest = Math.max(...values.map(Math.abs));
  const step = largest > 0 ? 10 ** Math.floor(Math.log10(largest)) : 1;
  // toPrecision: 6 × 0.1 is 0.6000000000000001 in floating point.
  const round = Number((Math.ceil(largest / step) * step).toPrecision(12));
  const candidates = [Math.min(...values), Math.max(...values), round, -round];
  const needsNegative = Math.min(...values) < 0;
  return Math.max(...candidates.filter((c) => needsNegative || c >= 0).map((c) => textWidth(format(c), fontSize))) + 12;
}

/** What the tooltip and the spoken readout give for the point in focus: a heading and one line per series. */
export type Tip = { title: string; items: { label: string; value: string; color: string }[] };

/**
 * The readout of a point, as a screen reader speaks it: "2023：12.4%" for one series, with each
 * series named when there are several ("2023: Observed 12.4%; 2025 target 15.0%").
 */
export function readoutText(tip: Tip, locale: ChartLocale): string {
  const [colon, separator] = locale === "zh" ? ["：", "；"] : [": ", "; "];
  if (tip.items.length === 0) return tip.title;
  if (tip.items.length === 1) return `${tip.title}${colon}${tip.items[0]!.value}`;
  return `${tip.title}${colon}${tip.items.map((i) => `${i.label} ${i.value}`).join(separator)}`;
}

/** Largest first; ties keep the caller's order; rows without data go last. */
export function byValue<T extends { value: number | null }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || 0);
}

/**
 * Whether the target line's label goes above its line: the higher of the two reference lines is
 * labelled above itself and the lower one below, so two close lines keep legible labels.
 */
export function targetLabelAbove(target: number | null, national: number | null): boolean {
  return target === null || national === null || target >= national;
}
