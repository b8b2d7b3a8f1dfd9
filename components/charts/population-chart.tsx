"use client";

import { line } from "d3-shape";
import { CategoryAxis, ChartFrame, ChartSvg, ChartTooltip, chartColors, CHART_HEIGHT, FONT_SIZE, labelWithUnit, Legend, numberFormat, usePointAt, ValueAxis, type Tip } from "./chart-frame";
import { bands, fittedScale, linear, textWidth } from "@/lib/charts/scales";
import type { PopulationChartProps, PopulationRow } from "./types";

// Inflow and outflow in two neutral hues: red/green would read as good/bad (and reversed in Chinese finance).
const inflow = chartColors.projection;
const outflow = chartColors.national;
const MARGIN = { top: 8, right: 4, bottom: 22 };

/** Net migration rate as bars signed by colour, resident population as a line on its own axis. */
export function PopulationChart({ title, summary, locale, rows, labels, testId }: PopulationChartProps) {
  const rateFormat = numberFormat(locale, { maximumFractionDigits: 2 });
  const populationFormat = numberFormat(locale, { maximumFractionDigits: 1 });
  const hasPopulation = rows.some((r) => r.population !== null);
  const rate = fittedScale([0, ...rows.flatMap((r) => (r.netMigrationRate === null ? [] : [r.netMigrationRate]))]);
  const population = fittedScale(rows.flatMap((r) => (r.population === null ? [] : [r.population])));
  const left = Math.max(...rate.ticks.map((t) => textWidth(rateFormat.format(t), FONT_SIZE))) + 10;
  const right = hasPopulation ? Math.max(...population.ticks.map((t) => textWidth(populationFormat.format(t), FONT_SIZE))) + 10 : MARGIN.right;
  const populationLabel = labelWithUnit(labels.population, labels.populationUnit, locale);
  const legend = [
    { label: labels.netMigration, color: inflow, mark: "square" as const },
    ...(hasPopulation ? [{ label: populationLabel, color: chartColors.series, mark: "line" as const }] : []),
  ];

  return (
    <ChartFrame title={title} locale={locale} testId={testId} footer={<Legend items={legend} />}>
      {(width) => {
        const band = bands(rows.length, left, width - right);
        const yRate = linear(rate.domain, [CHART_HEIGHT - MARGIN.bottom, MARGIN.top]);
        const yPopulation = linear(population.domain, [CHART_HEIGHT - MARGIN.bottom, MARGIN.top]);
        return (
          <Plot
            width={width}
            rows={rows}
            band={band}
            yRate={yRate}
            yPopulation={hasPopulation ? yPopulation : null}
            axes={{ left, right, rateTicks: rate.ticks, populationTicks: population.ticks }}
            formats={{ rate: (v) => rateFormat.format(v), population: (v) => populationFormat.format(v) }}
            summary={summary}
            labels={{ netMigration: labels.netMigration, population: populationLabel }}
          />
        );
      }}
    </ChartFrame>
  );
}

function Plot({ width, rows, band, yRate, yPopulation, axes, formats, summary, labels }: {
  width: number;
  rows: PopulationRow[];
  band: ReturnType<typeof bands>;
  yRate: (v: number) => number;
  yPopulation: ((v: number) => number) | null;
  axes: { left: number; right: number; rateTicks: number[]; populationTicks: number[] };
  formats: { rate: (v: number) => string; population: (v: number) => string };
  summary: string;
  labels: { netMigration: string; population: string };
}) {
  const { active, svgProps } = usePointAt(rows.length, (px) => (rows.length ? Math.min(rows.length - 1, Math.max(0, Math.floor((px - axes.left) / band.width))) : null));
  const barWidth = Math.max(1, band.width * 0.7);
  const zero = yRate(0);
  const populationPath = yPopulation
    ? (line<PopulationRow>()
        .defined((r) => r.population !== null)
        .x((_, i) => band.centre(i))
        .y((r) => yPopulation(r.population ?? 0))(rows) ?? undefined)
    : undefined;
  const row = active === null ? null : rows[active]!;
  const tip: Tip | null = row && {
    title: String(row.year),
    items: [
      ...(row.netMigrationRate !== null ? [{ label: labels.netMigration, value: formats.rate(row.netMigrationRate), color: row.netMigrationRate < 0 ? outflow : inflow }] : []),
      ...(row.population !== null ? [{ label: labels.population, value: formats.population(row.population), color: chartColors.series }] : []),
    ],
  };

  return (
    <>
      <ChartSvg width={width} height={CHART_HEIGHT} summary={summary} svgProps={svgProps}>
        <ValueAxis ticks={axes.rateTicks} y={yRate} format={formats.rate} x={axes.left} side="left" grid={[axes.left, width - axes.right]} />
        {yPopulation && <ValueAxis ticks={axes.populationTicks} y={yPopulation} format={formats.population} x={width - axes.right} side="right" />}
        <CategoryAxis labels={rows.map((r) => String(r.year))} x={band.centre} y={CHART_HEIGHT - MARGIN.bottom + 4} />
        {active !== null && <rect x={band.centre(active) - band.width / 2} y={MARGIN.top} width={band.width} height={CHART_HEIGHT - MARGIN.bottom - MARGIN.top} fill="#f1f5f9" />}
        {rows.map((r, i) =>
          r.netMigrationRate === null ? null : (
            <rect
              key={r.year}
              x={band.centre(i) - barWidth / 2}
              y={Math.min(zero, yRate(r.netMigrationRate))}
              width={barWidth}
              height={Math.abs(yRate(r.netMigrationRate) - zero)}
              fill={r.netMigrationRate < 0 ? outflow : inflow}
            />
          ),
        )}
        <line x1={axes.left} x2={width - axes.right} y1={zero} y2={zero} stroke={chartColors.axis} />
        {populationPath && <path d={populationPath} fill="none" stroke={chartColors.series} strokeWidth={2} />}
        {yPopulation &&
          rows.map((r, i) => (r.population === null ? null : <circle key={`p${r.year}`} cx={band.centre(i)} cy={yPopulation(r.population)} r={3} fill={chartColors.series} />))}
      </ChartSvg>
      <ChartTooltip tip={tip} x={row && active !== null ? band.centre(active) : 0} y={MARGIN.top + 20} width={width} />
    </>
  );
}
