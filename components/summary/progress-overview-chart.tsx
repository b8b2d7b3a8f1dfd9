"use client";

import { BottomValueAxis, ChartFrame, ChartSvg, ChartTooltip, chartColors, FONT_SIZE, usePointAt, type Tip } from "@/components/charts/chart-frame";
import { linear, textWidth, truncate } from "@/lib/charts/scales";
import type { ChartLocale } from "@/components/charts/types";

// How far each targeted indicator has come from its base value to its 2025 target (100% = reached),
// coloured by status. The numbers arrive computed and formatted; the chart only draws them.

export type ProgressBarRow = { key: string; label: string; value: number | null; text: string; status: string };

// Tailwind 700-weight fills: at least 3:1 against white (WCAG 1.4.11); the label beside each bar names the status too.
const STATUS_FILL: Record<string, string> = {
  achieved: "#047857",
  on_track: "#059669",
  moderate: "#b45309",
  limited: "#c2410c",
  deterioration: "#b91c1c",
  insufficient_data: "#64748b",
};
const ROW_HEIGHT = 30;
const MIN = -50;
const MAX = 150;
const TICKS = [-50, 0, 50, 100, 150];
const TOP = 20;
const BOTTOM = 24;
// 170 mm at 96 px an inch: the width app/globals.css gives `.summary-chart` in print, so the printed
// chart is drawn at its size (12 px text stays 9 pt) instead of shrunk from the screen's width.
const PRINT_WIDTH = 642;

export function ProgressOverviewChart({ title, summary, rows, targetLabel, locale }: {
  title: string;
  summary: string;
  rows: ProgressBarRow[];
  targetLabel: string;
  locale: ChartLocale;
}) {
  const height = Math.max(120, rows.length * ROW_HEIGHT + TOP + BOTTOM);
  return (
    <ChartFrame title={title} locale={locale} testId="progress-overview-chart" height={height} printWidth={PRINT_WIDTH}>
      {(width) => (
        <div className="summary-chart">
          <Plot width={width} height={height} rows={rows} summary={summary} targetLabel={targetLabel} />
        </div>
      )}
    </ChartFrame>
  );
}

function Plot({ width, height, rows, summary, targetLabel }: { width: number; height: number; rows: ProgressBarRow[]; summary: string; targetLabel: string }) {
  // Labels on the left, the figure and status on the right: as wide as they need, at most 40 % and 30 % of the chart.
  const labelChars = Math.max(4, Math.floor((width * 0.4) / FONT_SIZE));
  const left = Math.min(width * 0.4, Math.max(0, ...rows.map((r) => textWidth(truncate(r.label, labelChars), FONT_SIZE))) + 10);
  const right = Math.min(width * 0.3, Math.max(0, ...rows.map((r) => textWidth(r.text, FONT_SIZE))) + 10);
  const x = linear([MIN, MAX], [left, width - right]);
  const rowY = (i: number) => TOP + i * ROW_HEIGHT;
  const plotBottom = TOP + rows.length * ROW_HEIGHT;
  const { active, svgProps } = usePointAt(rows.length, (_, py) => {
    const i = Math.floor((py - TOP) / ROW_HEIGHT);
    return i >= 0 && i < rows.length ? i : null;
  });
  const row = active === null ? null : rows[active]!;
  const tip: Tip | null = row && { title: row.label, items: [{ label: targetLabel, value: row.text, color: STATUS_FILL[row.status] ?? chartColors.series }] };

  return (
    <>
      <ChartSvg width={width} height={height} summary={summary} svgProps={svgProps}>
        <BottomValueAxis ticks={TICKS} x={x} top={TOP} bottom={plotBottom} format={(t) => `${t}%`} />
        {active !== null && <rect x={0} y={rowY(active)} width={width} height={ROW_HEIGHT} fill="#f1f5f9" />}
        {rows.map((r, i) => {
          const mid = rowY(i) + ROW_HEIGHT / 2;
          // Bars are cut at the ends of the axis; the text keeps the exact figure.
          const drawn = r.value === null ? 0 : Math.max(MIN, Math.min(MAX, r.value));
          return (
            <g key={r.key}>
              <text x={left - 6} y={mid} dy="0.35em" textAnchor="end" fontSize={FONT_SIZE} fill="#0f172a">
                {truncate(r.label, labelChars)}
              </text>
              <rect x={Math.min(x(0), x(drawn))} y={mid - 7} width={Math.abs(x(drawn) - x(0))} height={14} fill={STATUS_FILL[r.status] ?? chartColors.series} />
              {/* The figure and status of each bar, shown even for a bar of zero length. */}
              <text x={width - right + 6} y={mid} dy="0.35em" fontSize={FONT_SIZE} fill="#0f172a">
                {r.text}
              </text>
            </g>
          );
        })}
        <line x1={x(100)} x2={x(100)} y1={TOP - 4} y2={plotBottom} stroke={chartColors.target} strokeDasharray="4 3" />
        <text x={x(100)} y={TOP - 8} textAnchor="middle" fontSize={FONT_SIZE} fill={chartColors.target}>
          {targetLabel}
        </text>
      </ChartSvg>
      <ChartTooltip tip={tip} x={row ? x(Math.max(MIN, Math.min(MAX, row.value ?? 0))) : 0} y={active === null ? 0 : rowY(active)} width={width} />
    </>
  );
}
