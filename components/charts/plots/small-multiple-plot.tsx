"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTip } from "../chart-box";
import { areaStyle, smallMultipleTip } from "../chart-data";
import { chartColors, MIN_FONT_SIZE, numberFormat, valueAxisWidth } from "../format";
import type { PlotSize, SmallMultiplesChart, SmallMultiplesProps } from "../types";
import { still, surfaceProps } from "./surface";

// Small charts use the smallest text any chart has.
const tick = { fontSize: MIN_FONT_SIZE, fill: chartColors.axis } as const;

/** One small chart of the side-by-side comparison: a line per area, in the colour and dash of its place in the legend. */
export function SmallMultiplePlot(props: { chart: SmallMultiplesChart } & Pick<SmallMultiplesProps, "series" | "locale"> & PlotSize) {
  const { chart, series, locale } = props;
  const tickFormat = numberFormat(locale, { maximumFractionDigits: Math.max(chart.decimals, 2) });
  const format = (v: number) => tickFormat.format(v);
  const numbers = chart.rows.flatMap((r) => series.map((s) => r[s.code]).filter((v): v is number => typeof v === "number"));
  return (
    <LineChart {...surfaceProps(props)} data={chart.rows} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
      <CartesianGrid vertical={false} stroke={chartColors.grid} />
      <XAxis dataKey="year" tick={tick} tickLine={false} axisLine={{ stroke: chartColors.grid }} padding={{ left: 8, right: 8 }} minTickGap={12} />
      <YAxis width={valueAxisWidth(numbers, format, MIN_FONT_SIZE)} tick={tick} tickFormatter={format} tickLine={false} axisLine={false} domain={["auto", "auto"]} niceTicks="snap125" tickCount={4} />
      <Tooltip content={<ChartTip locale={locale} tipAt={(i) => smallMultipleTip(chart, props, i)} />} cursor={{ stroke: chartColors.axis, strokeOpacity: 0.4 }} {...still} />
      {series.map((s, i) => {
        const { color, dash } = areaStyle(i);
        return <Line key={s.code} dataKey={s.code} name={s.label} stroke={color} strokeWidth={2} strokeDasharray={dash} dot={false} activeDot={{ r: 4 }} {...still} />;
      })}
    </LineChart>
  );
}
