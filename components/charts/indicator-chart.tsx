"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, chartColors, chartStyle, inKeyOrder, legendStyle, numberFormat, tickStyle, withUnit } from "./chart-frame";
import type { IndicatorChartProps } from "./types";

const END_YEAR = 2025;
const seriesOrder = inKeyOrder(["value", "projection", "target"]);

type Point = { year: number; value: number | null; projection: number | null; target: number | null };

function mergeByYear({ series, projection, target }: IndicatorChartProps): Point[] {
  const byYear = new Map<number, Point>();
  const at = (year: number) => {
    const point = byYear.get(year) ?? { year, value: null, projection: null, target: null };
    byYear.set(year, point);
    return point;
  };
  for (const s of series) at(s.year).value = s.value;
  for (const p of projection ?? []) at(p.year).projection = p.value;
  if (target) at(target.year).target = target.value;
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

// Pad the range by 10%, then snap to steps of 1, 2 or 5 × 10^k so the axis starts and ends on a tick.
function niceScale(values: number[]) {
  if (values.length === 0) return { domain: [0, 1] as const, ticks: [0, 1], digits: 0 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  const lo = min >= 0 ? Math.max(0, min - pad) : min - pad;
  const hi = max + pad;
  const exponent = Math.floor(Math.log10((hi - lo) / 4));
  const base = 10 ** exponent;
  const step = ([1, 2, 5].find((m) => m * base >= (hi - lo) / 4) ?? 10) * base;
  const digits = Math.max(0, -exponent);
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = start; t <= end + step / 2; t += step) ticks.push(Number(t.toFixed(digits)));
  return { domain: [ticks[0] ?? start, ticks.at(-1) ?? end] as const, ticks, digits };
}

export function IndicatorChart(props: IndicatorChartProps) {
  const { title, summary, unit, decimals, locale, target, nationalReference, labels, testId, hideCaption } = props;
  const data = mergeByYear(props);
  const years = data.map((d) => d.year);
  const firstYear = Math.min(...years, END_YEAR);
  const lastYear = Math.max(...years, END_YEAR);
  const yearTicks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  const numbers = data
    .flatMap((d) => [d.value, d.projection, d.target])
    .concat(nationalReference)
    .filter((n): n is number => n !== null);
  const y = niceScale(numbers);
  const valueFormat = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const tickFormat = numberFormat(locale, { maximumFractionDigits: Math.max(decimals, y.digits) });

  // The higher reference line is labelled above itself, the lower one below, so close lines keep legible labels.
  // On a zero-height line recharts' "insideBottom" sits above the line and "insideTop" below it.
  const targetOnTop = target === null || nationalReference === null || target.value >= nationalReference;
  const [above, below] = ["insideBottomLeft", "insideTopLeft"] as const;

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
          domain={[firstYear, lastYear]}
          ticks={yearTicks}
          allowDecimals={false}
          tick={tickStyle}
          padding={{ left: 12, right: 12 }}
        />
        <YAxis
          domain={y.domain}
          ticks={y.ticks}
          tick={tickStyle}
          tickFormatter={(v: number) => tickFormat.format(v)}
          width="auto"
        />
        <Tooltip
          formatter={(v) => (typeof v === "number" ? withUnit(valueFormat.format(v), unit) : v)}
          labelFormatter={(year) => String(year)}
          itemSorter={seriesOrder}
        />
        <Legend wrapperStyle={legendStyle} itemSorter={seriesOrder} />
        {target && (
          <ReferenceLine
            y={target.value}
            stroke={chartColors.target}
            strokeDasharray="6 4"
            label={{ value: labels.target, position: targetOnTop ? above : below, fill: chartColors.target, fontSize: 12 }}
          />
        )}
        {nationalReference !== null && (
          <ReferenceLine
            y={nationalReference}
            stroke={chartColors.national}
            label={{ value: labels.national, position: targetOnTop ? below : above, fill: chartColors.national, fontSize: 12 }}
          />
        )}
        <Line isAnimationActive={false}
          dataKey="value"
          name={labels.value}
          stroke={chartColors.series}
          strokeWidth={2}
          dot={{ r: 3.5, fill: chartColors.series, strokeWidth: 0 }}
          activeDot={{ r: 5 }}
          connectNulls={false}
          legendType="plainline"
        />
        {props.projection && (
          <Line isAnimationActive={false}
            dataKey="projection"
            name={labels.projection}
            stroke={chartColors.projection}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            connectNulls={false}
            legendType="plainline"
          />
        )}
        {target && (
          <Line isAnimationActive={false}
            dataKey="target"
            name={labels.target}
            stroke={chartColors.target}
            dot={{ r: 5, fill: chartColors.target, strokeWidth: 0 }}
            activeDot={{ r: 6 }}
            legendType="circle"
          />
        )}
      </ComposedChart>
    </ChartFrame>
  );
}
