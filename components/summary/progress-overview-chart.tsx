"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, chartColors, tickStyle } from "@/components/charts/chart-frame";
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

export function ProgressOverviewChart({ title, summary, rows, targetLabel, locale }: {
  title: string;
  summary: string;
  rows: ProgressBarRow[];
  targetLabel: string;
  locale: ChartLocale;
}) {
  // Bars are cut at the ends of the axis; the label keeps the exact figure.
  const data = rows.map((r) => ({ ...r, drawn: r.value === null ? 0 : Math.max(MIN, Math.min(MAX, r.value)) }));
  const height = Math.max(120, data.length * ROW_HEIGHT + 50);
  return (
    <ChartFrame title={title} locale={locale} testId="progress-overview-chart" height={height}>
      <div className="summary-chart">
        <BarChart
          data={data}
          layout="vertical"
          responsive
          style={{ width: "100%", height }}
          margin={{ top: 16, right: 8, bottom: 4, left: 8 }}
          accessibilityLayer
          role="img"
          aria-label={summary}
        >
          <CartesianGrid stroke={chartColors.grid} horizontal={false} />
          <XAxis type="number" domain={[MIN, MAX]} ticks={[-50, 0, 50, 100, 150]} tickFormatter={(v: number) => `${v}%`} tick={tickStyle} />
          <YAxis type="category" dataKey="label" width={250} tick={{ ...tickStyle, fill: "#0f172a" }} interval={0} />
          {/* The figure and status of each bar, as a second category axis on the right: shown even for a bar of zero length. */}
          <YAxis yAxisId="text" orientation="right" type="category" dataKey="text" width={150} tick={{ ...tickStyle, fill: "#0f172a" }} tickLine={false} axisLine={false} interval={0} />
          <Tooltip formatter={(_v, _n, item) => (item.payload as { text: string }).text} cursor={{ fill: "#f1f5f9" }} />
          <ReferenceLine x={100} stroke={chartColors.target} strokeDasharray="4 3" label={{ value: targetLabel, position: "top", fill: chartColors.target, fontSize: 12 }} />
          <Bar dataKey="drawn" isAnimationActive={false} barSize={14}>
            {data.map((d) => (
              <Cell key={d.key} fill={STATUS_FILL[d.status] ?? chartColors.series} />
            ))}
          </Bar>
        </BarChart>
      </div>
    </ChartFrame>
  );
}
