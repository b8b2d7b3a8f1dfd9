"use client";

import { line } from "d3-shape";
import { CategoryAxis, ChartFrame, ChartSvg, ChartTooltip, chartColors, FONT_SIZE, CHART_HEIGHT, Legend, numberFormat, usePointAt, ValueAxis, withUnit, type Tip, type YearPlotProps } from "./chart-frame";
import { nearestIndex, targetLabelAbove } from "@/lib/charts/layout";
import { linear, paddedScale, textWidth } from "@/lib/charts/scales";
import type { IndicatorChartProps } from "./types";

const END_YEAR = 2025;
const MARGIN = { top: 8, right: 12, bottom: 22 };

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

/** One indicator over the years: observed line, dashed projection to 2025, the target and the national reference. */
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
  const scale = paddedScale(numbers);
  const valueFormat = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const tickFormat = numberFormat(locale, { maximumFractionDigits: Math.max(decimals, scale.digits) });
  const format = (v: number) => withUnit(valueFormat.format(v), unit);
  const left = Math.max(...scale.ticks.map((t) => textWidth(tickFormat.format(t), FONT_SIZE))) + 10;
  // The higher reference line is labelled above itself, the lower one below, so close lines keep legible labels.
  const targetOnTop = targetLabelAbove(target?.value ?? null, nationalReference);

  const legend = [
    { label: labels.value, color: chartColors.series, mark: "line" as const },
    ...(props.projection ? [{ label: labels.projection, color: chartColors.projection, mark: "dash" as const }] : []),
    ...(target ? [{ label: labels.target, color: chartColors.target, mark: "circle" as const }] : []),
  ];

  return (
    <ChartFrame title={title} unit={unit} locale={locale} testId={testId} hideCaption={hideCaption} footer={<Legend items={legend} />}>
      {(width) => (
        <Plot
          width={width}
          data={data}
          yearTicks={yearTicks}
          x={linear([firstYear, lastYear], [left + 12, width - MARGIN.right - 12])}
          y={linear(scale.domain, [CHART_HEIGHT - MARGIN.bottom, MARGIN.top])}
          left={left}
          ticks={scale.ticks}
          tickFormat={(v) => tickFormat.format(v)}
          format={format}
          summary={summary}
          references={[
            ...(target ? [{ value: target.value, label: labels.target, color: chartColors.target, dash: "6 4", above: targetOnTop }] : []),
            ...(nationalReference !== null ? [{ value: nationalReference, label: labels.national, color: chartColors.national, dash: undefined, above: !targetOnTop }] : []),
          ]}
          labels={labels}
        />
      )}
    </ChartFrame>
  );
}

type Reference = { value: number; label: string; color: string; dash: string | undefined; above: boolean };

function Plot({ width, data, yearTicks, x, y, left, ticks, tickFormat, format, summary, references, labels }: YearPlotProps & {
  data: Point[];
  yearTicks: number[];
  references: Reference[];
  labels: IndicatorChartProps["labels"];
}) {
  const xs = data.map((d) => x(d.year));
  const { active, svgProps } = usePointAt(data.length, (px) => nearestIndex(xs, px));
  const path = (key: "value" | "projection") =>
    line<Point>()
      .defined((d) => d[key] !== null)
      .x((d) => x(d.year))
      .y((d) => y(d[key] ?? 0))(data) ?? undefined;
  const bottom = CHART_HEIGHT - MARGIN.bottom;
  const point = active === null ? null : data[active]!;
  const tip: Tip | null = point && {
    title: String(point.year),
    items: [
      ...(point.value !== null ? [{ label: labels.value, value: format(point.value), color: chartColors.series }] : []),
      ...(point.projection !== null && point.value === null ? [{ label: labels.projection, value: format(point.projection), color: chartColors.projection }] : []),
      ...(point.target !== null ? [{ label: labels.target, value: format(point.target), color: chartColors.target }] : []),
    ],
  };

  return (
    <>
      <ChartSvg width={width} height={CHART_HEIGHT} summary={summary} svgProps={svgProps}>
        <ValueAxis ticks={ticks} y={y} format={tickFormat} x={left} side="left" grid={[left, width - MARGIN.right]} />
        <CategoryAxis labels={yearTicks.map(String)} x={(i) => x(yearTicks[i]!)} y={bottom + 4} />
        {references.map((r) => (
          <g key={r.label}>
            <line x1={left} x2={width - MARGIN.right} y1={y(r.value)} y2={y(r.value)} stroke={r.color} strokeDasharray={r.dash} />
            <text x={left + 4} y={y(r.value) + (r.above ? -4 : 4)} dy={r.above ? 0 : "0.8em"} fontSize={FONT_SIZE} fill={r.color}>
              {r.label}
            </text>
          </g>
        ))}
        {point && <line x1={x(point.year)} x2={x(point.year)} y1={MARGIN.top} y2={bottom} stroke={chartColors.axis} strokeOpacity={0.4} />}
        <path d={path("projection")} fill="none" stroke={chartColors.projection} strokeWidth={2} strokeDasharray="6 4" />
        <path d={path("value")} fill="none" stroke={chartColors.series} strokeWidth={2} />
        {data.map((d) =>
          d.value === null ? null : <circle key={`v${d.year}`} cx={x(d.year)} cy={y(d.value)} r={point?.year === d.year ? 5 : 3.5} fill={chartColors.series} />,
        )}
        {data.map((d) => (d.target === null ? null : <circle key={`t${d.year}`} cx={x(d.year)} cy={y(d.target)} r={point?.year === d.year ? 6 : 5} fill={chartColors.target} />))}
      </ChartSvg>
      <ChartTooltip tip={tip} x={point ? x(point.year) : 0} y={point ? y(point.value ?? point.target ?? point.projection ?? 0) : 0} width={width} />
    </>
  );
}
