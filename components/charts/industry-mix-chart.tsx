"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, chartColors, chartStyle, inKeyOrder, legendStyle, numberFormat, tickStyle } from "./chart-frame";
import type { IndustryMixChartProps } from "./types";

const sectors = [
  { key: "primary", color: chartColors.national },
  { key: "secondary", color: chartColors.series },
  { key: "tertiary", color: chartColors.tertiary },
] as const;
const sectorOrder = inKeyOrder(sectors.map((s) => s.key));

export function IndustryMixChart({ title, summary, locale, rows, labels, testId }: IndustryMixChartProps) {
  const share = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <ChartFrame title={title} unit="%" locale={locale} testId={testId}>
      <BarChart
        data={rows}
        responsive
        style={chartStyle}
        margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
        accessibilityLayer
        role="img"
        aria-label={summary}
      >
        <CartesianGrid stroke={chartColors.grid} vertical={false} />
        <XAxis dataKey="year" tick={tickStyle} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={tickStyle} tickFormatter={(v: number) => `${v}%`} width="auto" />
        <Tooltip formatter={(v) => (typeof v === "number" ? `${share.format(v)}%` : v)} itemSorter={sectorOrder} />
        <Legend wrapperStyle={legendStyle} itemSorter={sectorOrder} />
        {sectors.map(({ key, color }) => (
          // White outlines keep neighbouring segments apart where the hues are close in lightness.
          <Bar isAnimationActive={false} key={key} dataKey={key} name={labels[key]} stackId="mix" fill={color} stroke="#fff" strokeWidth={1} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
