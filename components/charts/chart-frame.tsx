"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { labelledTicks, labelStep } from "@/lib/charts/layout";
import { textWidth } from "@/lib/charts/scales";
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

/** Fixed plot height; the width follows the parent. */
export const CHART_HEIGHT = 240;
export const FONT_SIZE = 12;

export { numberFormat } from "@/lib/i18n/localized";

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

/** What the tooltip shows for the point in focus: a heading and one line per series. */
export type Tip = { title: string; items: { label: string; value: string; color: string }[] };

type ChartFrameProps = {
  title: string;
  unit?: string;
  locale: ChartLocale;
  testId?: string;
  /** When the surrounding card already shows the title as a heading, keep the caption for screen readers only. */
  hideCaption?: boolean;
  /** The chart's height in pixels, kept free while it is not drawn yet. */
  height?: number;
  /** Below the chart (a legend). */
  footer?: ReactNode;
  /**
   * The width to draw at while the page prints (the width the print rules give the chart). Without it
   * a printed chart keeps its screen width and is scaled down through its viewBox, text and all.
   */
  printWidth?: number;
  /** Draws the chart at the width the figure has. */
  children: (width: number) => ReactNode;
};

const noSubscription = () => () => {};

/**
 * <figure> + caption around one chart; the chart's own <svg> carries role="img" and the summary.
 * The chart is drawn in the browser only, at the width of its container (which the server cannot
 * know), and again whenever that width changes.
 */
export function ChartFrame({ title, unit, locale, testId, hideCaption, height = CHART_HEIGHT, footer, printWidth, children }: ChartFrameProps) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [inBrowser]);
  useEffect(() => {
    if (!printWidth) return;
    // The browser lays the printed page out right after `beforeprint` and observes no resize while
    // it does: the chart has to be drawn at the print width synchronously, in the event itself.
    const print = matchMedia("print");
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const change = () => (print.matches ? before() : after());
    addEventListener("beforeprint", before);
    addEventListener("afterprint", after);
    print.addEventListener("change", change);
    return () => {
      removeEventListener("beforeprint", before);
      removeEventListener("afterprint", after);
      print.removeEventListener("change", change);
    };
  }, [printWidth]);
  const drawn = printing && printWidth ? printWidth : width;
  return (
    <figure data-testid={testId} className="w-full min-w-0 font-sans">
      <figcaption className={hideCaption ? "sr-only" : "mb-2 text-sm font-medium text-slate-900"}>
        {labelWithUnit(title, unit, locale)}
      </figcaption>
      <div ref={box} className="relative w-full" style={{ minHeight: height }}>
        {inBrowser && drawn > 0 ? children(drawn) : <div style={{ height }} aria-hidden="true" />}
      </div>
      {footer}
    </figure>
  );
}

/**
 * Which point (a year, a bar, a spoke) the reader is looking at: set by pointing, by touch, or with
 * the arrow keys, Home and End once the chart has focus; cleared when the mouse leaves, on Escape, or
 * when focus moves on. A finger "leaves" as soon as it is lifted: a tapped point stays until the next
 * tap, here or elsewhere.
 */
export function usePointAt(count: number, indexAt: (x: number, y: number) => number | null) {
  const [active, setActive] = useState<number | null>(null);
  const shown = active !== null && active < count ? active : null;
  const fromPointer = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const scale = rect.width > 0 ? e.currentTarget.viewBox.baseVal.width / rect.width || 1 : 1;
    setActive(indexAt((e.clientX - rect.left) * scale, (e.clientY - rect.top) * scale));
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (count === 0) return;
    const step = e.key === "ArrowRight" || e.key === "ArrowDown" ? 1 : e.key === "ArrowLeft" || e.key === "ArrowUp" ? -1 : 0;
    if (e.key === "Escape") setActive(null);
    const to = e.key === "Home" ? 0 : e.key === "End" ? count - 1 : null;
    if (step === 0 && to === null) return;
    e.preventDefault();
    setActive((i) => to ?? (i === null ? 0 : Math.min(count - 1, Math.max(0, i + step))));
  };
  return {
    active: shown,
    svgProps: {
      tabIndex: 0,
      onPointerMove: fromPointer,
      onPointerDown: fromPointer,
      onPointerLeave: (e: PointerEvent<SVGSVGElement>) => {
        if (e.pointerType !== "touch") setActive(null);
      },
      onKeyDown,
      onBlur: () => setActive(null),
      className: "block touch-pan-y outline-none focus-visible:ring-2 focus-visible:ring-brand-600",
    },
  };
}

/** The values of the point in focus, beside it; read out by screen readers as it changes. */
export function ChartTooltip({ tip, x, y, width }: { tip: Tip | null; x: number; y: number; width: number }) {
  if (!tip) return <div className="sr-only" aria-live="polite" />;
  // On the right of the point, or on its left when it would leave the chart.
  const left = x + 12 + 200 > width ? Math.max(0, x - 12 - 200) : x + 12;
  return (
    <div
      aria-live="polite"
      data-testid="chart-tooltip"
      className="pointer-events-none absolute z-10 w-max max-w-[200px] rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-900 shadow-sm"
      style={{ left, top: Math.max(0, y - 8) }}
    >
      <p className="font-medium">{tip.title}</p>
      <ul>
        {tip.items.map((item) => (
          <li key={item.label} className="flex items-baseline gap-1.5">
            <span aria-hidden="true" className="inline-block h-2 w-2 shrink-0 rounded-full" style={{ background: item.color }} />
            <span>
              {item.label}: <span className="tabular-nums">{item.value}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export type LegendItem = { label: string; color: string; mark: "line" | "dash" | "square" | "circle"; dash?: string };

/** The series, in the order they are drawn, each with its mark. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="mt-1 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-700">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <svg width="18" height="10" aria-hidden="true" className="shrink-0">
            {item.mark === "square" && <rect x="4" y="0" width="10" height="10" fill={item.color} />}
            {item.mark === "circle" && <circle cx="9" cy="5" r="4" fill={item.color} />}
            {(item.mark === "line" || item.mark === "dash") && (
              <line x1="0" y1="5" x2="18" y2="5" stroke={item.color} strokeWidth="2.5" strokeDasharray={item.mark === "dash" ? (item.dash ?? "6 4") : undefined} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** What a plot of values over the years is drawn with: the pixel scales, the value axis and the formats. */
export type YearPlotProps = {
  width: number;
  x: (at: number) => number;
  y: (v: number) => number;
  /** Where the plot starts, right of the value axis's labels. */
  left: number;
  ticks: number[];
  tickFormat: (v: number) => string;
  /** A value with its unit, as the tooltip shows it. */
  format: (v: number) => string;
  summary: string;
};

/** The chart's <svg>: named by its summary, sized in pixels and scaled through its viewBox in print. */
export function ChartSvg({ width, height, summary, svgProps, children }: { width: number; height: number; summary: string; svgProps: ReturnType<typeof usePointAt>["svgProps"]; children: ReactNode }) {
  return (
    <svg role="img" aria-label={summary} width={width} height={height} viewBox={`0 0 ${width} ${height}`} {...svgProps}>
      {children}
    </svg>
  );
}

/** A horizontal value axis under a bar chart: a grid line and a label per tick. */
export function BottomValueAxis({ ticks, x, top, bottom, format }: { ticks: number[]; x: (v: number) => number; top: number; bottom: number; format: (v: number) => string }) {
  // On a phone the labels would run into each other: every grid line stays, every n-th label from zero.
  const widest = Math.max(0, ...ticks.map((t) => textWidth(format(t), FONT_SIZE)));
  const spacing = ticks.length > 1 ? Math.abs(x(ticks[1]!) - x(ticks[0]!)) : Infinity;
  const labelled = labelledTicks(ticks.length, labelStep(widest, spacing, 6), Math.max(0, ticks.indexOf(0)));
  return (
    <g>
      {ticks.map((t, i) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={top} y2={bottom} stroke={chartColors.grid} />
          {labelled[i] && (
            <text x={x(t)} y={bottom + 4} dy="1em" textAnchor="middle" fontSize={FONT_SIZE} fill={chartColors.axis}>
              {format(t)}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

type ValueAxisProps = {
  ticks: number[];
  /** Tick value → y pixel. */
  y: (v: number) => number;
  format: (v: number) => string;
  /** Where the labels end (left axis) or start (right axis). */
  x: number;
  side: "left" | "right";
  /** Grid lines from `grid[0]` to `grid[1]`; none when absent. */
  grid?: readonly [number, number];
  fontSize?: number;
};

/** A vertical value axis: tick labels and, optionally, horizontal grid lines across the plot. */
export function ValueAxis({ ticks, y, format, x, side, grid, fontSize = FONT_SIZE }: ValueAxisProps) {
  return (
    <g>
      {grid && ticks.map((t) => <line key={`g${t}`} x1={grid[0]} x2={grid[1]} y1={y(t)} y2={y(t)} stroke={chartColors.grid} />)}
      {ticks.map((t) => (
        <text key={t} x={side === "left" ? x - 4 : x + 4} y={y(t)} dy="0.35em" textAnchor={side === "left" ? "end" : "start"} fontSize={fontSize} fill={chartColors.axis}>
          {format(t)}
        </text>
      ))}
    </g>
  );
}

/** Tick labels under the plot, one per category, thinned to every n-th when they would touch. */
export function CategoryAxis({ labels, x, y, fontSize = FONT_SIZE, minGap = 8 }: { labels: string[]; x: (i: number) => number; y: number; fontSize?: number; minGap?: number }) {
  const widest = Math.max(0, ...labels.map((l) => l.length * fontSize * 0.6));
  const spacing = labels.length > 1 ? Math.abs(x(1) - x(0)) : Infinity;
  const every = labelStep(widest, spacing, minGap);
  return (
    <g>
      {labels.map((label, i) =>
        i % every === 0 ? (
          <text key={label + i} x={x(i)} y={y} dy="1em" textAnchor="middle" fontSize={fontSize} fill={chartColors.axis}>
            {label}
          </text>
        ) : null,
      )}
    </g>
  );
}
