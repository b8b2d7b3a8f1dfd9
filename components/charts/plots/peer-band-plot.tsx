"use client";

import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTip } from "../chart-box";
import { bandFill, peerBandRows, peerBandTip } from "../chart-data";
import { chartColors, numberFormat, tickStyle, valueAxisWidth } from "../format";
import type { PeerBandChartProps, PlotSize } from "../types";
import { still, surfaceProps } from "./surface";

/** The area's line against the peers' median and interquartile band, year by year. */
export function PeerBandPlot(props: PeerBandChartProps & PlotSize) {
  const { locale, decimals, labels } = props;
  const rows = peerBandRows(props.rows);
  const tickFormat = numberFormat(locale, { maximumFractionDigits: Math.max(decimals, 2) });
  const format = (v: number) => tickFormat.format(v);
  const numbers = rows.flatMap((r) => [r.value, r.median, r.q1, r.q3]).filter((n): n is number => n !== null);
  return (
    <ComposedChart {...surfaceProps(props)} data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
      <CartesianGrid vertical={false} stroke={chartColors.grid} />
      <XAxis dataKey="year" tick={tickStyle} tickLine={false} axisLine={{ stroke: chartColors.grid }} padding={{ left: 12, right: 12 }} minTickGap={8} />
      <YAxis width={valueAxisWidth(numbers, format)} tick={tickStyle} tickFormatter={format} tickLine={false} axisLine={false} domain={["auto", "auto"]} niceTicks="snap125" />
      <Tooltip content={<ChartTip locale={locale} tipAt={(i) => peerBandTip(props, i)} />} cursor={{ stroke: chartColors.axis, strokeOpacity: 0.4 }} {...still} />
      {/* A null quartile leaves a gap in the band, a null value a gap in its line. */}
      <Area dataKey="band" name={labels.band} fill={bandFill} fillOpacity={0.6} stroke="none" activeDot={false} {...still} />
      <Line dataKey="median" name={labels.median} stroke={chartColors.series} strokeWidth={1.5} strokeDasharray="6 4" dot={false} activeDot={false} {...still} />
      <Line dataKey="value" name={labels.value} stroke={chartColors.brand} strokeWidth={2} dot={{ r: 3.5, fill: chartColors.brand, strokeWidth: 0 }} activeDot={{ r: 5 }} {...still} />
    </ComposedChart>
  );
}
