"use client";

import { area, line } from "d3-shape";
import { CategoryAxis, ChartFrame, ChartSvg, ChartTooltip, chartColors, CHART_HEIGHT, FONT_SIZE, Legend, numberFormat, usePointAt, ValueAxis, withUnit, type Tip, type YearPlotProps } from "./chart-frame";
import { nearestIndex } from "@/lib/charts/layout";
import { fittedScale, linear, textWidth } from "@/lib/charts/scales";
import type { PeerBandChartProps, PeerBandRow } from "./types";

// brand-600 in app/globals.css: the chosen area is drawn in the brand colour in every peer comparison.
const brand = "#1c6a9a";
const bandFill = "#cbd5e1"; // slate-300
const MARGIN = { top: 8, right: 12, bottom: 22 };

/** The area's line against the peers' median and interquartile band, year by year. */
export function PeerBandChart({ title, summary, locale, unit, decimals, rows, labels, testId, hideCaption }: PeerBandChartProps) {
  const data = [...rows].sort((a, b) => a.year - b.year);
  const scale = fittedScale(data.flatMap((r) => [r.value, r.median, r.q1, r.q3]).filter((n): n is number => n !== null));
  const valueFormat = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const tickFormat = numberFormat(locale, { maximumFractionDigits: Math.max(decimals, scale.digits) });
  const format = (v: number) => withUnit(valueFormat.format(v), unit);
  const left = Math.max(...scale.ticks.map((t) => textWidth(tickFormat.format(t), FONT_SIZE))) + 10;
  // Legend text takes the series colour; the band's pale fill would be illegible as text, so its mark carries it.
  const legend = [
    { label: labels.value, color: brand, mark: "line" as const },
    { label: labels.median, color: chartColors.series, mark: "dash" as const },
    { label: labels.band, color: bandFill, mark: "square" as const },
  ];

  return (
    <ChartFrame title={title} unit={unit} locale={locale} testId={testId} hideCaption={hideCaption} footer={<Legend items={legend} />}>
      {(width) => {
        const years = data.map((d) => d.year);
        const x = linear([Math.min(...years), Math.max(...years)], [left + 12, width - MARGIN.right - 12]);
        const y = linear(scale.domain, [CHART_HEIGHT - MARGIN.bottom, MARGIN.top]);
        return <Plot width={width} data={data} x={x} y={y} left={left} ticks={scale.ticks} tickFormat={(v) => tickFormat.format(v)} format={format} summary={summary} labels={labels} />;
      }}
    </ChartFrame>
  );
}

function Plot({ width, data, x, y, left, ticks, tickFormat, format, summary, labels }: YearPlotProps & { data: PeerBandRow[]; labels: PeerBandChartProps["labels"] }) {
  const xs = data.map((d) => x(d.year));
  const { active, svgProps } = usePointAt(data.length, (px) => nearestIndex(xs, px));
  const bottom = CHART_HEIGHT - MARGIN.bottom;
  // A null quartile leaves a gap in the band, a null value a gap in its line.
  const band = area<PeerBandRow>()
    .defined((d) => d.q1 !== null && d.q3 !== null)
    .x((d) => x(d.year))
    .y0((d) => y(d.q1 ?? 0))
    .y1((d) => y(d.q3 ?? 0))(data);
  const path = (key: "value" | "median") =>
    line<PeerBandRow>()
      .defined((d) => d[key] !== null)
      .x((d) => x(d.year))
      .y((d) => y(d[key] ?? 0))(data) ?? undefined;
  const point = active === null ? null : data[active]!;
  const tip: Tip | null = point && {
    title: String(point.year),
    items: [
      ...(point.value !== null ? [{ label: labels.value, value: format(point.value), color: brand }] : []),
      ...(point.median !== null ? [{ label: labels.median, value: format(point.median), color: chartColors.series }] : []),
      ...(point.q1 !== null && point.q3 !== null ? [{ label: labels.band, value: `${format(point.q1)} – ${format(point.q3)}`, color: bandFill }] : []),
    ],
  };

  return (
    <>
      <ChartSvg width={width} height={CHART_HEIGHT} summary={summary} svgProps={svgProps}>
        <ValueAxis ticks={ticks} y={y} format={tickFormat} x={left} side="left" grid={[left, width - MARGIN.right]} />
        <CategoryAxis labels={data.map((d) => String(d.year))} x={(i) => xs[i]!} y={bottom + 4} />
        <path d={band ?? undefined} fill={bandFill} fillOpacity={0.6} />
        {point && <line x1={x(point.year)} x2={x(point.year)} y1={MARGIN.top} y2={bottom} stroke={chartColors.axis} strokeOpacity={0.4} />}
        <path d={path("median")} fill="none" stroke={chartColors.series} strokeWidth={1.5} strokeDasharray="6 4" />
        <path d={path("value")} fill="none" stroke={brand} strokeWidth={2} />
        {data.map((d) => (d.value === null ? null : <circle key={d.year} cx={x(d.year)} cy={y(d.value)} r={point?.year === d.year ? 5 : 3.5} fill={brand} />))}
      </ChartSvg>
      <ChartTooltip tip={tip} x={point ? x(point.year) : 0} y={point ? y(point.value ?? point.median ?? 0) : 0} width={width} />
    </>
  );
}
