import { ChartFigure } from "./chart-figure";
import { radarTable } from "./chart-data";
import { chartColors } from "./format";
import { RadarChartLive } from "./live";
import type { DimensionRadarProps } from "./types";

/** Dimension scores (0–100) on spokes, the chosen area filled, the others dashed. */
export function DimensionRadar(props: DimensionRadarProps) {
  const { title, summary, locale, series, testId, hideCaption } = props;
  const legend = series.map((s) => (s.emphasis ? { label: s.name, color: chartColors.brand, mark: "square" as const } : { label: s.name, color: chartColors.series, mark: "dash" as const }));
  return (
    <ChartFigure
      title={title}
      summary={summary}
      locale={locale}
      testId={testId}
      hideCaption={hideCaption}
      table={radarTable(props)}
      legend={legend}
      chart={(id) => <RadarChartLive {...props} descriptionId={id} />}
    />
  );
}
