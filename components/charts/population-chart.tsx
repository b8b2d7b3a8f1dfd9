"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Rectangle, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { BarShapeProps } from "recharts";
import { ChartFrame, chartColors, chartStyle, inKeyOrder, labelWithUnit, legendStyle, numberFormat, tickStyle } from "./chart-frame";
import type { PopulationChartProps } from "./types";

// Inflow and outflow in two neutral hues: red/green would read as good/bad (and reversed in Chinese finance).
const inflow = chartColors.projection;
const outflow = chartColors.national;
const seriesOrder = inKeyOrder(["netMigrationRate", "population"]);

// The `shape` prop replaces <Cell>, which recharts 3 deprecates.
function SignedBar(props: BarShapeProps) {
  const rate = typeof props.value === "number" ? props.value : 0;
  return <Rectangle {...props} fill={rate < 0 ? outflow : inflow} />;
}

export function PopulationChart({ title, summary, locale, rows, labels, testId }: PopulationChartProps) {
  const rateFormat = numberFormat(locale, { maximumFractionDigits: 2 });
  const populationFormat = numberFormat(locale, { maximumFractionDigits: 1 });
  const hasPopulation = rows.some((r) => r.population !== null);

  return (
    <ChartFrame title={title} locale={locale} testId={testId}>
      <ComposedChart
        data={rows}
        responsive
        style={chartStyle}
        margin={{ top: 8, right: 4, bottom: 0, left: 0 }}
        accessibilityLayer
        role="img"
        aria-label={summary}
      >
        <CartesianGrid stroke={chartColors.grid} vertical={false} yAxisId="rate" />
        <XAxis dataKey="year" tick={tickStyle} />
        <YAxis yAxisId="rate" domain={[(min: number) => Math.min(0, min), (max: number) => Math.max(0, max)]} tick={tickStyle} tickFormatter={(v: number) => rateFormat.format(v)} width="auto" />
        {hasPopulation && (
          <YAxis
            yAxisId="population"
            orientation="right"
            domain={["auto", "auto"]}
            niceTicks="snap125"
            tick={tickStyle}
            tickFormatter={(v: number) => populationFormat.format(v)}
            width="auto"
          />
        )}
        <Tooltip
          formatter={(v, _name, item) => {
            if (typeof v !== "number") return v;
            return (item.dataKey === "population" ? populationFormat : rateFormat).format(v);
          }}
          itemSorter={seriesOrder}
        />
        <Legend wrapperStyle={legendStyle} itemSorter={seriesOrder} />
        <ReferenceLine y={0} yAxisId="rate" stroke={chartColors.axis} />
        <Bar isAnimationActive={false} dataKey="netMigrationRate" name={labels.netMigration} yAxisId="rate" fill={inflow} shape={SignedBar} />
        {hasPopulation && (
          <Line isAnimationActive={false}
            dataKey="population"
            name={labelWithUnit(labels.population, labels.populationUnit, locale)}
            yAxisId="population"
            stroke={chartColors.series}
            strokeWidth={2}
            dot={{ r: 3, fill: chartColors.series, strokeWidth: 0 }}
            connectNulls={false}
          />
        )}
      </ComposedChart>
    </ChartFrame>
  );
}
