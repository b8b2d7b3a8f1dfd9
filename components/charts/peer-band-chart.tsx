"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, chartColors, chartStyle, inKeyOrder, legendStyle, numberFormat, tickStyle, withUnit } from "./chart-frame";
import type { PeerBandChartProps } from "./types";

// brand-600 in app/globals.css: the chosen area is drawn in the brand colour in every peer comparison.
const brand = "#1c6a9a";
const bandFill = "#cbd5e1"; // slate-300
const seriesOrder = inKeyOrder(["value", "median", "band"]);

type Point = { year: number; value: number | null; median: number | null; band: [number, number] | null };

export function PeerBandChart({ title, summary, locale, unit, decimals, rows, labels, testId, hideCaption }: PeerBandChartProps) {
  // recharts draws an Area between the two numbers of an array; a null leaves a gap in the band.
  const data: Point[] = rows
    .map(({ year, value, median, q1, q3 }) => ({ year, value, median, band: q1 !== null && q3 !== null ? ([q1, q3] as [number, number]) : null }))
    .sort((a, b) => a.year - b.year);
  const years = data.map((d) => d.year);
  const yearTicks = years.length ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i) : [];
  const valueFormat = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const tickFormat = numberFormat(locale, { maximumFractionDigits: decimals });
  const format = (v: number) => withUnit(valueFormat.format(v), unit);

  return (
    <ChartFrame title={title} unit={unit} locale={locale} testId={testId} hideCaption={hideCaption}>
      <ComposedChart
        data={data}
        responsive
        style={chartStyle}
        margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
        accessibilityLayer
        role="img"
        aria-label={summary}
      >
        <CartesianGrid stroke={chartColors.grid} vertical={false} />
        <XAxis
          dataKey="year"
          type="number"
          domain={["dataMin", "dataMax"]}
          ticks={yearTicks}
          allowDecimals={false}
          tick={tickStyle}
          padding={{ left: 12, right: 12 }}
        />
        <YAxis
          domain={["auto", "auto"]}
          niceTicks="snap125"
          tick={tickStyle}
          tickFormatter={(v: number) => tickFormat.format(v)}
          width="auto"
        />
        <Tooltip
          formatter={(v) => {
            if (typeof v === "number") return format(v);
            if (Array.isArray(v) && typeof v[0] === "number" && typeof v[1] === "number") return `${format(v[0])} – ${format(v[1])}`;
            return v;
          }}
          labelFormatter={(year) => String(year)}
          itemSorter={seriesOrder}
        />
        {/* Legend text takes the series colour; the band's pale fill would be illegible as text. */}
        <Legend
          wrapperStyle={legendStyle}
          itemSorter={seriesOrder}
          formatter={(value, entry) => (entry.dataKey === "band" ? <span style={{ color: chartColors.axis }}>{value}</span> : value)}
        />
        <Area
          isAnimationActive={false}
          dataKey="band"
          name={labels.band}
          fill={bandFill}
          fillOpacity={0.6}
          stroke="none"
          connectNulls={false}
          activeDot={false}
          legendType="square"
        />
        <Line
          isAnimationActive={false}
          dataKey="median"
          name={labels.median}
          stroke={chartColors.series}
          strokeWidth={1.5}
          strokeDasharray="6 4"
          dot={false}
          connectNulls={false}
          legendType="plainline"
        />
        <Line
          isAnimationActive={false}
          dataKey="value"
          name={labels.value}
          stroke={brand}
          strokeWidth={2}
          dot={{ r: 3.5, fill: brand, strokeWidth: 0 }}
          activeDot={{ r: 5 }}
          connectNulls={false}
          legendType="plainline"
        />
      </ComposedChart>
    </ChartFrame>
  );
}
