"use client";

import { line } from "d3-shape";
import { CategoryAxis, ChartFrame, ChartSvg, ChartTooltip, chartColors, labelWithUnit, numberFormat, usePointAt, ValueAxis, withUnit, type Tip, type YearPlotProps } from "./chart-frame";
import { nearestIndex } from "@/lib/charts/layout";
import { fittedScale, linear, textWidth } from "@/lib/charts/scales";
import type { SmallMultiplesChart, SmallMultiplesProps, SmallMultiplesRow } from "./types";

// Okabe–Ito order; orange and sky blue are darkened to keep 3:1 against white like the other chart colours.
// Each area also gets its own dash pattern so the lines stay apart in grey-scale print.
const areaStyles = [
  { color: "#0072B2", dash: undefined },
  { color: "#D55E00", dash: "6 3" },
  { color: "#009E73", dash: "2 2" },
  { color: "#CC79A7", dash: "10 3 2 3" },
  { color: "#C18400", dash: "4 4" },
  { color: "#2F8FC9", dash: "1 3" },
] as const;
const HEIGHT = 160;
const FONT = 11;
const MARGIN = { top: 6, right: 8, bottom: 20 };

function styleAt(index: number) {
  return areaStyles[index % areaStyles.length] ?? areaStyles[0];
}

function SmallChart({ chart, series, locale, testId }: { chart: SmallMultiplesChart } & Pick<SmallMultiplesProps, "series" | "locale" | "testId">) {
  const { title, unit, decimals, rows, summary } = chart;
  const valueFormat = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const numbers = rows.flatMap((r) => series.map((s) => r[s.code]).filter((v): v is number => typeof v === "number"));
  const scale = fittedScale(numbers, 4);
  const tickFormat = numberFormat(locale, { maximumFractionDigits: Math.max(decimals, scale.digits) });
  const left = Math.max(...scale.ticks.map((t) => textWidth(tickFormat.format(t), FONT))) + 8;

  return (
    <ChartFrame title={title} unit={unit} locale={locale} testId={testId} height={HEIGHT}>
      {(width) => (
        <Plot
          width={width}
          rows={rows}
          series={series}
          x={linear([0, Math.max(1, rows.length - 1)], [left + 8, width - MARGIN.right - 8])}
          y={linear(scale.domain, [HEIGHT - MARGIN.bottom, MARGIN.top])}
          left={left}
          ticks={scale.ticks}
          tickFormat={(v) => tickFormat.format(v)}
          format={(v) => withUnit(valueFormat.format(v), unit)}
          summary={summary ?? labelWithUnit(title, unit, locale)}
        />
      )}
    </ChartFrame>
  );
}

function Plot({ width, rows, series, x, y, left, ticks, tickFormat, format, summary }: YearPlotProps & { rows: SmallMultiplesRow[]; series: SmallMultiplesProps["series"] }) {
  const xs = rows.map((_, i) => x(i));
  const { active, svgProps } = usePointAt(rows.length, (px) => nearestIndex(xs, px));
  const row = active === null ? null : rows[active]!;
  const tip: Tip | null = row && {
    title: String(row.year),
    items: series.flatMap((s, i) => {
      const v = row[s.code];
      return typeof v === "number" ? [{ label: s.label, value: format(v), color: styleAt(i).color }] : [];
    }),
  };
  const bottom = HEIGHT - MARGIN.bottom;
  return (
    <>
      <ChartSvg width={width} height={HEIGHT} summary={summary} svgProps={svgProps}>
        <ValueAxis ticks={ticks} y={y} format={tickFormat} x={left} side="left" grid={[left, width - MARGIN.right]} fontSize={FONT} />
        <CategoryAxis labels={rows.map((r) => String(r.year))} x={(i) => xs[i]!} y={bottom + 4} fontSize={FONT} minGap={12} />
        {active !== null && <line x1={xs[active]} x2={xs[active]} y1={MARGIN.top} y2={bottom} stroke={chartColors.axis} strokeOpacity={0.4} />}
        {series.map((s, i) => {
          const { color, dash } = styleAt(i);
          const d = line<SmallMultiplesRow>()
            .defined((r) => typeof r[s.code] === "number")
            .x((_, j) => xs[j]!)
            .y((r) => y(Number(r[s.code])))(rows);
          return <path key={s.code} d={d ?? undefined} fill="none" stroke={color} strokeWidth={2} strokeDasharray={dash} />;
        })}
      </ChartSvg>
      <ChartTooltip tip={tip} x={active !== null ? xs[active]! : 0} y={MARGIN.top + 10} width={width} />
    </>
  );
}

/** One small chart per indicator, the same colour and dash for the same area in each, and one legend for all. */
export function SmallMultiples({ locale, testId, series, charts }: SmallMultiplesProps) {
  return (
    <div data-testid={testId} className="w-full min-w-0 font-sans">
      <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {series.map((s, i) => {
          const { color, dash } = styleAt(i);
          return (
            <li key={s.code} className="flex items-center gap-1.5">
              <svg width="24" height="8" aria-hidden="true" className="shrink-0">
                <line x1="0" y1="4" x2="24" y2="4" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
              </svg>
              {s.label}
            </li>
          );
        })}
      </ul>
      <div className="grid grid-cols-1 gap-x-6 gap-y-5 md:grid-cols-2 lg:grid-cols-3">
        {charts.map((chart) => (
          <SmallChart key={chart.key} chart={chart} series={series} locale={locale} testId={testId && `${testId}-${chart.key}`} />
        ))}
      </div>
    </div>
  );
}
