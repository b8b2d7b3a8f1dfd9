"use client";

import { CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTip } from "../chart-box";
import { indicatorRows, indicatorTip } from "../chart-data";
import { chartColors, FONT_SIZE, numberFormat, targetLabelAbove, tickStyle, valueAxisWidth } from "../format";
import type { IndicatorChartProps, PlotSize } from "../types";
import { still, surfaceProps } from "./surface";

/** One indicator over the years: observed line, dashed projection to the target year, the target (and the previous period's as a ring), the national reference, where the plan period begins and where the series breaks. */
export function IndicatorPlot(props: IndicatorChartProps & PlotSize) {
  const { locale, decimals, target, nationalReference, periodBoundary, seriesBreak, labels } = props;
  const rows = indicatorRows(props);
  const numbers = rows.flatMap((r) => [r.value, r.projection, r.target, r.previousTarget]).concat(nationalReference).filter((n): n is number => n !== null);
  const tickFormat = numberFormat(locale, { maximumFractionDigits: Math.max(decimals, 2) });
  const format = (v: number) => tickFormat.format(v);
  // The higher reference line is labelled above itself, the lower one below, so close lines keep legible labels.
  const targetOnTop = targetLabelAbove(target?.value ?? null, nationalReference);
  // Room above the plot (the top margin) for the label of a reference line at the top of the axis.
  const referenceLabel = (value: string, color: string, above: boolean) => ({ value, fill: color, fontSize: FONT_SIZE, position: above ? "insideBottomLeft" : "insideTopLeft" }) as const;

  return (
    <ComposedChart {...surfaceProps(props)} data={rows} margin={{ top: 20, right: 12, bottom: 0, left: 0 }}>
      <CartesianGrid vertical={false} stroke={chartColors.grid} />
      <XAxis dataKey="year" tick={tickStyle} tickLine={false} axisLine={{ stroke: chartColors.grid }} padding={{ left: 12, right: 12 }} minTickGap={8} />
      <YAxis width={valueAxisWidth(numbers, format)} tick={tickStyle} tickFormatter={format} tickLine={false} axisLine={false} domain={["auto", "auto"]} niceTicks="snap125" />
      {periodBoundary && rows.some((r) => r.year === periodBoundary.year) && (
        <ReferenceLine x={periodBoundary.year} stroke={chartColors.axis} strokeDasharray="2 3" label={{ value: periodBoundary.label, fill: chartColors.axis, fontSize: FONT_SIZE, position: "insideBottomLeft" }} />
      )}
      {seriesBreak && rows.some((r) => r.year === seriesBreak.year) && (
        <ReferenceLine x={seriesBreak.year} stroke={chartColors.national} strokeDasharray="1 3" className="chart-series-break" label={{ value: seriesBreak.label, fill: chartColors.national, fontSize: FONT_SIZE, position: "insideTopRight" }} />
      )}
      {target && (
        <ReferenceLine y={target.value} stroke={chartColors.target} strokeDasharray="6 4" ifOverflow="extendDomain" className="chart-target-line" label={referenceLabel(labels.target, chartColors.target, targetOnTop)} />
      )}
      {nationalReference !== null && (
        <ReferenceLine y={nationalReference} stroke={chartColors.national} ifOverflow="extendDomain" className="chart-national-line" label={referenceLabel(labels.national, chartColors.national, !targetOnTop)} />
      )}
      <Tooltip content={<ChartTip locale={locale} tipAt={(i) => (rows[i] ? indicatorTip(props, rows[i]) : null)} />} cursor={{ stroke: chartColors.axis, strokeOpacity: 0.4 }} {...still} />
      <Line dataKey="projection" name={labels.projection} stroke={chartColors.projection} strokeWidth={2} strokeDasharray="6 4" dot={false} activeDot={false} {...still} />
      <Line dataKey="value" name={labels.value} stroke={chartColors.series} strokeWidth={2} dot={{ r: 3.5, fill: chartColors.series, strokeWidth: 0 }} activeDot={{ r: 5 }} {...still} />
      <Line dataKey="previousTarget" name={labels.previousTarget ?? labels.target} stroke="none" dot={{ r: 4.5, fill: "white", stroke: chartColors.target, strokeWidth: 2 }} activeDot={{ r: 5.5, fill: "white", stroke: chartColors.target }} {...still} />
      <Line dataKey="target" name={labels.target} stroke="none" dot={{ r: 5, fill: chartColors.target, strokeWidth: 0 }} activeDot={{ r: 6, fill: chartColors.target }} {...still} />
    </ComposedChart>
  );
}
