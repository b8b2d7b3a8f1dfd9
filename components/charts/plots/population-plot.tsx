"use client";

import { Bar, CartesianGrid, Cell, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTip } from "../chart-box";
import { migrationColors, populationFormats, populationTip } from "../chart-data";
import { chartColors, labelWithUnit, tickStyle, valueAxisWidth } from "../format";
import type { PlotSize, PopulationChartProps } from "../types";
import { still, surfaceProps } from "./surface";

/** Net migration rate as bars signed by colour, resident population as a line on its own axis (right). */
export function PopulationPlot(props: PopulationChartProps & PlotSize) {
  const { rows, labels, locale } = props;
  const f = populationFormats(locale);
  const rates = rows.flatMap((r) => (r.netMigrationRate === null ? [] : [r.netMigrationRate]));
  const populations = rows.flatMap((r) => (r.population === null ? [] : [r.population]));
  const hasPopulation = populations.length > 0;
  return (
    <ComposedChart {...surfaceProps(props)} data={rows} margin={{ top: 8, right: hasPopulation ? 0 : 4, bottom: 0, left: 0 }}>
      <CartesianGrid vertical={false} stroke={chartColors.grid} />
      <XAxis dataKey="year" tick={tickStyle} tickLine={false} axisLine={false} minTickGap={8} />
      <YAxis yAxisId="rate" width={valueAxisWidth([0, ...rates], f.rate)} tick={tickStyle} tickFormatter={f.rate} tickLine={false} axisLine={false} domain={["auto", "auto"]} niceTicks="snap125" />
      {hasPopulation && (
        <YAxis yAxisId="population" orientation="right" width={valueAxisWidth(populations, f.population)} tick={tickStyle} tickFormatter={f.population} tickLine={false} axisLine={false} domain={["auto", "auto"]} niceTicks="snap125" />
      )}
      <Tooltip content={<ChartTip locale={locale} tipAt={(i) => populationTip(props, i)} />} cursor={{ fill: chartColors.highlight }} {...still} />
      {/* Zero is always on the axis: the bars grow from it, up for inflow and down for outflow. */}
      <ReferenceLine yAxisId="rate" y={0} stroke={chartColors.axis} ifOverflow="extendDomain" />
      <Bar yAxisId="rate" dataKey="netMigrationRate" name={labels.netMigration} maxBarSize={48} {...still}>
        {rows.map((r) => (
          <Cell key={r.year} fill={(r.netMigrationRate ?? 0) < 0 ? migrationColors.outflow : migrationColors.inflow} />
        ))}
      </Bar>
      {hasPopulation && (
        <Line yAxisId="population" dataKey="population" name={labelWithUnit(labels.population, labels.populationUnit, locale)} stroke={chartColors.series} strokeWidth={2} dot={{ r: 3, fill: chartColors.series, strokeWidth: 0 }} activeDot={{ r: 5 }} {...still} />
      )}
    </ComposedChart>
  );
}
