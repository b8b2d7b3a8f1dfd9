import { ChartFigure } from "./chart-figure";
import { industryMixTable, sectors } from "./chart-data";
import { IndustryMixChartLive } from "./live";
import type { IndustryMixChartProps } from "./types";

/** The three sectors' shares of value added, stacked to 100 % for each year. */
export function IndustryMixChart(props: IndustryMixChartProps) {
  const { title, summary, locale, labels, testId, hideCaption } = props;
  return (
    // The title names the unit already ("…占GDP比重，%）"): a unit here would caption it "（%）" twice.
    <ChartFigure
      title={title}
      summary={summary}
      locale={locale}
      testId={testId}
      hideCaption={hideCaption}
      table={industryMixTable(props)}
      legend={sectors.map(({ key, color }) => ({ label: labels[key], color, mark: "square" as const }))}
      chart={(id) => <IndustryMixChartLive {...props} descriptionId={id} />}
    />
  );
}
