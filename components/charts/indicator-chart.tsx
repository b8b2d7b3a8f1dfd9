import { ChartFigure } from "./chart-figure";
import { indicatorTable } from "./chart-data";
import { chartColors } from "./format";
import { IndicatorChartLive } from "./live";
import type { IndicatorChartProps } from "./types";

/** One indicator over the years: observed line, dashed projection to 2025, the target, the national reference and the plan period's start. */
export function IndicatorChart(props: IndicatorChartProps) {
  const { title, summary, unit, locale, target, labels, testId, hideCaption } = props;
  const legend = [
    { label: labels.value, color: chartColors.series, mark: "line" as const },
    ...(props.projection ? [{ label: labels.projection, color: chartColors.projection, mark: "dash" as const }] : []),
    ...(props.previousTarget ? [{ label: labels.previousTarget ?? labels.target, color: chartColors.target, mark: "ring" as const }] : []),
    ...(target ? [{ label: labels.target, color: chartColors.target, mark: "circle" as const }] : []),
    ...(props.nationalReference !== null ? [{ label: labels.national, color: chartColors.national, mark: "line" as const }] : []),
  ];
  return (
    <ChartFigure
      title={title}
      unit={unit}
      summary={summary}
      locale={locale}
      testId={testId}
      hideCaption={hideCaption}
      table={indicatorTable(props)}
      legend={legend}
      chart={(id) => <IndicatorChartLive {...props} descriptionId={id} />}
    />
  );
}
