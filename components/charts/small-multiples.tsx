import { ChartFigure } from "./chart-figure";
import { areaStyle, smallMultipleTable } from "./chart-data";
import { labelWithUnit } from "./format";
import { SmallMultipleChartLive } from "./live";
import type { SmallMultiplesProps } from "./types";

/** One small chart per indicator, the same colour and dash for the same area in each, and one legend for all. */
export function SmallMultiples({ locale, testId, series, charts }: SmallMultiplesProps) {
  return (
    <div data-testid={testId} className="w-full min-w-0 font-sans">
      <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {series.map((s, i) => {
          const { color, dash } = areaStyle(i);
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
          <ChartFigure
            key={chart.key}
            title={chart.title}
            unit={chart.unit}
            summary={chart.summary ?? labelWithUnit(chart.title, chart.unit, locale)}
            locale={locale}
            testId={testId && `${testId}-${chart.key}`}
            table={smallMultipleTable(chart, { series, locale })}
            chart={(id) => <SmallMultipleChartLive chart={chart} series={series} locale={locale} descriptionId={id} />}
          />
        ))}
      </div>
    </div>
  );
}
