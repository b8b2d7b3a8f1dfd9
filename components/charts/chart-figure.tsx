import { useId, type ReactNode } from "react";
import { labelWithUnit } from "./format";
import { DataTable } from "./data-table";
import type { ChartLocale } from "./types";

/** The figures a chart draws, as a table: what a screen reader reads instead of the drawing. */
export type ChartTable = {
  /** Header of the first column (the rows' names: years, areas, dimensions). */
  rowHeader: string;
  columns: string[];
  rows: { header: string; cells: string[] }[];
};

export type LegendItem = { label: string; color: string; mark: "line" | "dash" | "square" | "circle" | "ring"; dash?: string };

type ChartFigureProps = {
  title: string;
  unit?: string;
  summary: string;
  locale: ChartLocale;
  testId?: string;
  /** The surrounding card already shows the title as a heading: keep the caption for screen readers only. */
  hideCaption?: boolean;
  table: ChartTable;
  legend?: LegendItem[];
  /** The drawing (loaded on its own, after the page's text), given the id of the description that names it. */
  chart: (descriptionId: string) => ReactNode;
};

/**
 * A chart's <figure>: caption, a description and the data table for screen readers, the legend, and
 * the drawing. Everything but the drawing is plain HTML in the page as the server sends it, so it is
 * read before (and without) the chart's code.
 */
export function ChartFigure({ title, unit, summary, locale, testId, hideCaption, table, legend, chart }: ChartFigureProps) {
  const descriptionId = useId();
  const caption = labelWithUnit(title, unit, locale);
  return (
    <figure data-testid={testId} className="w-full min-w-0 font-sans">
      <figcaption className={hideCaption ? "sr-only" : "mb-2 text-sm font-medium text-slate-900"}>{caption}</figcaption>
      <p id={descriptionId} className="sr-only" data-testid="chart-description">
        {summary}
      </p>
      {chart(descriptionId)}
      {legend && legend.length > 0 && <Legend items={legend} />}
      <DataTable caption={caption} table={table} />
    </figure>
  );
}

/** The series, in the order they are drawn, each with its mark. */
export function Legend({ items, className = "mt-1 justify-center" }: { items: LegendItem[]; className?: string }) {
  return (
    <ul className={`flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 ${className}`}>
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <svg width="18" height="10" aria-hidden="true" className="shrink-0">
            {item.mark === "square" && <rect x="4" y="0" width="10" height="10" fill={item.color} />}
            {item.mark === "circle" && <circle cx="9" cy="5" r="4" fill={item.color} />}
            {item.mark === "ring" && <circle cx="9" cy="5" r="3.5" fill="white" stroke={item.color} strokeWidth="2" />}
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
