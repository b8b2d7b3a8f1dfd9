import { ChartFigure } from "./chart-figure";
import { bandFill, peerBandTable } from "./chart-data";
import { chartColors } from "./format";
import { PeerBandChartLive } from "./live";
import type { PeerBandChartProps } from "./types";

/** The area's line against the peers' median and interquartile band, year by year. */
export function PeerBandChart(props: PeerBandChartProps) {
  const { title, summary, unit, locale, labels, testId, hideCaption } = props;
  // Legend text takes the series colour; the band's pale fill would be illegible as text, so its mark carries it.
  const legend = [
    { label: labels.value, color: chartColors.brand, mark: "line" as const },
    { label: labels.median, color: chartColors.series, mark: "dash" as const },
    { label: labels.band, color: bandFill, mark: "square" as const },
  ];
  return (
    <ChartFigure
      title={title}
      unit={unit}
      summary={summary}
      locale={locale}
      testId={testId}
      hideCaption={hideCaption}
      table={peerBandTable(props)}
      legend={legend}
      chart={(id) => <PeerBandChartLive {...props} descriptionId={id} />}
    />
  );
}
