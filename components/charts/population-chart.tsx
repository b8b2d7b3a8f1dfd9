import { ChartFigure } from "./chart-figure";
import { migrationColors, populationTable } from "./chart-data";
import { chartColors, labelWithUnit } from "./format";
import { PopulationChartLive } from "./live";
import type { PopulationChartProps } from "./types";

/** Net migration rate as bars signed by colour, resident population as a line on its own axis. */
export function PopulationChart(props: PopulationChartProps) {
  const { title, summary, locale, rows, labels, testId, hideCaption } = props;
  const legend = [
    { label: labels.netMigration, color: migrationColors.inflow, mark: "square" as const },
    ...(rows.some((r) => r.population !== null) ? [{ label: labelWithUnit(labels.population, labels.populationUnit, locale), color: chartColors.series, mark: "line" as const }] : []),
  ];
  return (
    <ChartFigure
      title={title}
      summary={summary}
      locale={locale}
      testId={testId}
      hideCaption={hideCaption}
      table={populationTable(props)}
      legend={legend}
      chart={(id) => <PopulationChartLive {...props} descriptionId={id} />}
    />
  );
}
