"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTip } from "../chart-box";
import { industryMixTip, sectors } from "../chart-data";
import { chartColors, tickStyle } from "../format";
import type { IndustryMixChartProps, PlotSize } from "../types";
import { still, surfaceProps } from "./surface";

const TICKS = [0, 25, 50, 75, 100];

/** The three sectors' shares of value added, stacked to 100 % for each year. */
export function IndustryMixPlot(props: IndustryMixChartProps & PlotSize) {
  const { rows, labels, locale } = props;
  return (
    <BarChart {...surfaceProps(props)} data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
      <CartesianGrid vertical={false} stroke={chartColors.grid} />
      <XAxis dataKey="year" tick={tickStyle} tickLine={false} axisLine={false} minTickGap={8} />
      <YAxis width={44} domain={[0, 100]} ticks={TICKS} tick={tickStyle} tickFormatter={(v: number) => `${v}%`} tickLine={false} axisLine={false} />
      <Tooltip content={<ChartTip locale={locale} tipAt={(i) => industryMixTip(props, i)} />} cursor={{ fill: chartColors.highlight }} {...still} />
      {sectors.map(({ key, color }) => (
        // White outlines keep neighbouring segments apart where the hues are close in lightness.
        <Bar key={key} dataKey={key} name={labels[key]} stackId="mix" fill={color} stroke="#fff" strokeWidth={1} maxBarSize={56} {...still} />
      ))}
    </BarChart>
  );
}
