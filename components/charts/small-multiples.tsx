"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, chartColors, inKeyOrder, labelWithUnit, numberFormat, tickStyle, withUnit } from "./chart-frame";
import type { SmallMultiplesChart, SmallMultiplesProps } from "./types";

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
const smallStyle = { width: "100%", height: 160 } as const;

function styleAt(index: number) {
  return areaStyles[index % areaStyles.length] ?? areaStyles[0];
}

function SmallChart({ chart, series, locale, testId }: { chart: SmallMultiplesChart } & Pick<SmallMultiplesProps, "series" | "locale" | "testId">) {
  const { title, unit, decimals, rows, summary } = chart;
  const valueFormat = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const tickFormat = numberFormat(locale, { maximumFractionDigits: decimals });
  const order = inKeyOrder(series.map((s) => s.code));

  return (
    <ChartFrame title={title} unit={unit} locale={locale} testId={testId} height={smallStyle.height}>
      <LineChart
        data={rows}
        responsive
        style={smallStyle}
        margin={{ top: 6, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer
        role="img"
        aria-label={summary ?? labelWithUnit(title, unit, locale)}
      >
        <CartesianGrid stroke={chartColors.grid} vertical={false} />
        <XAxis dataKey="year" tick={{ ...tickStyle, fontSize: 11 }} interval="preserveStartEnd" minTickGap={12} />
        <YAxis
          domain={["auto", "auto"]}
          niceTicks="snap125"
          tickCount={4}
          tick={{ ...tickStyle, fontSize: 11 }}
          tickFormatter={(v: number) => tickFormat.format(v)}
          width="auto"
        />
        <Tooltip
          formatter={(v) => (typeof v === "number" ? withUnit(valueFormat.format(v), unit) : v)}
          labelFormatter={(year) => String(year)}
          itemSorter={order}
          wrapperStyle={{ fontSize: 12 }}
        />
        {series.map((s, i) => {
          const { color, dash } = styleAt(i);
          return (
            <Line
              isAnimationActive={false}
              key={s.code}
              dataKey={s.code}
              name={s.label}
              stroke={color}
              strokeWidth={2}
              strokeDasharray={dash}
              dot={false}
              activeDot={{ r: 3.5 }}
              connectNulls={false}
            />
          );
        })}
      </LineChart>
    </ChartFrame>
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
