import { ChartFigure } from "./chart-figure";
import { peerBarTable } from "./chart-data";
import { PeerBarChartLive } from "./live";
import type { PeerBarChartProps } from "./types";

/** One bar per peer for one indicator, the chosen area highlighted, with the peers' median. */
export function PeerBarChart(props: PeerBarChartProps) {
  const { title, summary, unit, locale, testId, hideCaption } = props;
  return (
    <ChartFigure
      title={title}
      unit={unit}
      summary={summary}
      locale={locale}
      testId={testId}
      hideCaption={hideCaption}
      table={peerBarTable(props)}
      chart={(id) => <PeerBarChartLive {...props} descriptionId={id} />}
    />
  );
}
