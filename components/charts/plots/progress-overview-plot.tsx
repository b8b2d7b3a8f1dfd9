"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTip } from "../chart-box";
import { chartColors, FONT_SIZE, textWidth, tickStyle, truncate, type Tip } from "../format";
import type { PlotSize, ProgressOverviewChartProps } from "../types";
import { still, surfaceProps } from "./surface";

// Tailwind 700-weight fills: at least 3:1 against white (WCAG 1.4.11); the text beside each bar names the status too.
export const STATUS_FILL: Record<string, string> = {
  achieved: "#047857",
  on_track: "#059669",
  moderate: "#b45309",
  limited: "#c2410c",
  deterioration: "#b91c1c",
  insufficient_data: "#64748b",
  no_data_yet: "#64748b",
  met: "#047857",
  missed: "#b91c1c",
};
const MIN = -50;
const MAX = 150;
const TICKS = [-50, 0, 50, 100, 150];
export function progressTip({ rows, targetLabel }: Pick<ProgressOverviewChartProps, "rows" | "targetLabel">, index: number): Tip | null {
  const row = rows[index];
  return row ? { title: row.label, items: [{ label: targetLabel, value: row.text, color: STATUS_FILL[row.status] ?? chartColors.series }] } : null;
}

/** How far each targeted indicator has come from its base value to its 2025 target (100 % = reached), coloured by status. */
export function ProgressOverviewPlot(props: ProgressOverviewChartProps & PlotSize) {
  const { rows, targetLabel, locale, width } = props;
  // Labels on the left, the figure and status on the right: as wide as they need, at most 40 % and 30 % of the chart.
  const labelChars = Math.max(4, Math.floor((width * 0.4) / FONT_SIZE));
  const left = Math.min(width * 0.4, Math.max(0, ...rows.map((r) => textWidth(truncate(r.label, labelChars), FONT_SIZE))) + 10);
  const right = Math.min(width * 0.3, Math.max(0, ...rows.map((r) => textWidth(r.text, FONT_SIZE))) + 10);
  // Bars are cut at the ends of the axis; the text keeps the exact figure.
  const data = rows.map((r) => ({ ...r, drawn: r.value === null ? 0 : Math.max(MIN, Math.min(MAX, r.value)) }));
  const text = (fill: string) => ({ fontSize: FONT_SIZE, fill });
  return (
    <BarChart {...surfaceProps(props)} data={data} layout="vertical" margin={{ top: 20, right: 0, bottom: 0, left: 0 }}>
      <CartesianGrid horizontal={false} stroke={chartColors.grid} />
      <XAxis type="number" domain={[MIN, MAX]} ticks={TICKS} tick={tickStyle} tickFormatter={(t: number) => `${t}%`} tickLine={false} axisLine={false} allowDataOverflow />
      <YAxis yAxisId="label" type="category" dataKey="key" width={left} interval={0} tickLine={false} axisLine={false} tick={text(chartColors.text)} tickFormatter={(key: string) => truncate(rows.find((r) => r.key === key)?.label ?? key, labelChars)} />
      {/* The figure and status of each bar, shown even for a bar of zero length. */}
      <YAxis yAxisId="text" orientation="right" type="category" dataKey="key" width={right} interval={0} tickLine={false} axisLine={false} tick={{ ...text(chartColors.text), textAnchor: "start" }} tickFormatter={(key: string) => rows.find((r) => r.key === key)?.text ?? ""} />
      <Tooltip content={<ChartTip locale={locale} tipAt={(i) => progressTip(props, i)} />} cursor={{ fill: chartColors.highlight }} {...still} />
      <Bar yAxisId="label" dataKey="drawn" barSize={14} {...still}>
        {data.map((r) => (
          <Cell key={r.key} fill={STATUS_FILL[r.status] ?? chartColors.series} />
        ))}
      </Bar>
      <ReferenceLine yAxisId="label" x={100} stroke={chartColors.target} strokeDasharray="4 3" label={{ value: targetLabel, position: "top", fill: chartColors.target, fontSize: FONT_SIZE }} />
    </BarChart>
  );
}
