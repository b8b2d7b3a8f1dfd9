"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import type { ChartLocale } from "./types";

// Tailwind palette values: every series colour keeps at least 3:1 against white (WCAG 1.4.11).
export const chartColors = {
  series: "#334155", // slate-700
  target: "#047857", // emerald-700
  national: "#b45309", // amber-700
  projection: "#0369a1", // sky-700
  tertiary: "#0284c7", // sky-600
  axis: "#475569", // slate-600
  grid: "#e2e8f0", // slate-200
} as const;

/** Fixed plot height; the width follows the parent (100%). */
export const chartStyle = { width: "100%", height: 240 } as const;
export const tickStyle = { fill: chartColors.axis, fontSize: 12 } as const;
export const legendStyle = { fontSize: 12, paddingTop: 4 } as const;

/** Legend and tooltip sort alphabetically by default; this keeps the order in which series are drawn. */
export function inKeyOrder(keys: readonly string[]) {
  return (item: { dataKey?: unknown }) => keys.indexOf(String(item.dataKey));
}

export function numberFormat(locale: ChartLocale, options: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-GB", options);
}

/** "12.5%", "3.1‰", "1,204 万元" — no space before per-cent signs. */
export function withUnit(text: string, unit: string) {
  if (!unit) return text;
  return /^[%‰]/.test(unit) ? `${text}${unit}` : `${text} ${unit}`;
}

/** "常住人口（万人）" / "Population (10k)" */
export function labelWithUnit(label: string, unit: string | undefined, locale: ChartLocale) {
  if (!unit) return label;
  return locale === "zh" ? `${label}（${unit}）` : `${label} (${unit})`;
}

type ChartFrameProps = {
  title: string;
  unit?: string;
  locale: ChartLocale;
  testId?: string;
  /** When the surrounding card already shows the title as a heading, keep the caption for screen readers only. */
  hideCaption?: boolean;
  /** The chart's height in pixels, kept free while it is not drawn yet. */
  height?: number;
  children: ReactNode;
};

const noSubscription = () => () => {};

/**
 * <figure> + caption around one chart; the chart's own <svg> carries role="img" and the summary.
 * The chart itself is drawn in the browser only: its width is the container's, which the server
 * cannot know, so rendering it there produced an empty box at the cost of a large share of the
 * page's server time.
 */
export function ChartFrame({ title, unit, locale, testId, hideCaption, height = chartStyle.height, children }: ChartFrameProps) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  return (
    <figure data-testid={testId} className="w-full min-w-0 font-sans">
      <figcaption className={hideCaption ? "sr-only" : "mb-2 text-sm font-medium text-slate-900"}>
        {labelWithUnit(title, unit, locale)}
      </figcaption>
      {inBrowser ? children : <div style={{ height }} aria-hidden="true" />}
    </figure>
  );
}
