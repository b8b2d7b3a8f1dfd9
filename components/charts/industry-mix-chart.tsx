"use client";

import { ChartSvg, CategoryAxis, ChartFrame, ChartTooltip, chartColors, CHART_HEIGHT, Legend, numberFormat, usePointAt, ValueAxis, type Tip } from "./chart-frame";
import { bands, linear } from "@/lib/charts/scales";
import type { IndustryMixChartProps } from "./types";

const sectors = [
  { key: "primary", color: chartColors.national },
  { key: "secondary", color: chartColors.series },
  { key: "tertiary", color: chartColors.tertiary },
] as const;
const TICKS = [0, 25, 50, 75, 100];
const MARGIN = { top: 8, right: 12, bottom: 22, left: 44 };

/** The three sectors' shares of value added, stacked to 100 % for each year. */
export function IndustryMixChart({ title, summary, locale, rows, labels, testId }: IndustryMixChartProps) {
  const share = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const legend = sectors.map(({ key, color }) => ({ label: labels[key], color, mark: "square" as const }));
  return (
    // The title names the unit already ("…占GDP比重，%）"): a unit here captioned it "（%）" twice.
    <ChartFrame title={title} locale={locale} testId={testId} footer={<Legend items={legend} />}>
      {(width) => {
        const band = bands(rows.length, MARGIN.left, width - MARGIN.right);
        const y = linear([0, 100], [CHART_HEIGHT - MARGIN.bottom, MARGIN.top]);
        return <Plot width={width} rows={rows} band={band} y={y} format={(v) => `${share.format(v)}%`} summary={summary} labels={labels} />;
      }}
    </ChartFrame>
  );
}

function Plot({ width, rows, band, y, format, summary, labels }: {
  width: number;
  rows: IndustryMixChartProps["rows"];
  band: ReturnType<typeof bands>;
  y: (v: number) => number;
  format: (v: number) => string;
  summary: string;
  labels: IndustryMixChartProps["labels"];
}) {
  const { active, svgProps } = usePointAt(rows.length, (px) => (rows.length ? Math.min(rows.length - 1, Math.max(0, Math.floor((px - MARGIN.left) / band.width))) : null));
  const barWidth = Math.max(1, band.width * 0.7);
  const row = active === null ? null : rows[active]!;
  const tip: Tip | null = row && {
    title: String(row.year),
    items: sectors.flatMap(({ key, color }) => (row[key] === null ? [] : [{ label: labels[key], value: format(row[key]), color }])),
  };

  return (
    <>
      <ChartSvg width={width} height={CHART_HEIGHT} summary={summary} svgProps={svgProps}>
        <ValueAxis ticks={TICKS} y={y} format={(v) => `${v}%`} x={MARGIN.left} side="left" grid={[MARGIN.left, width - MARGIN.right]} />
        <CategoryAxis labels={rows.map((r) => String(r.year))} x={band.centre} y={CHART_HEIGHT - MARGIN.bottom + 4} />
        {active !== null && <rect x={band.centre(active) - band.width / 2} y={MARGIN.top} width={band.width} height={CHART_HEIGHT - MARGIN.bottom - MARGIN.top} fill="#f1f5f9" />}
        {rows.map((r, i) => {
          let base = 0;
          return (
            <g key={r.year}>
              {sectors.map(({ key, color }) => {
                const value = r[key];
                if (value === null) return null;
                const top = base + value;
                const rect = (
                  // White outlines keep neighbouring segments apart where the hues are close in lightness.
                  <rect key={key} x={band.centre(i) - barWidth / 2} y={y(top)} width={barWidth} height={y(base) - y(top)} fill={color} stroke="#fff" strokeWidth={1} />
                );
                base = top;
                return rect;
              })}
            </g>
          );
        })}
      </ChartSvg>
      <ChartTooltip tip={tip} x={active !== null ? band.centre(active) : 0} y={MARGIN.top + 20} width={width} />
    </>
  );
}
