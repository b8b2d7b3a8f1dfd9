import { ChartFigure } from "@/components/charts/chart-figure";
import { chartWords } from "@/components/charts/chart-data";
import { ProgressOverviewChartLive } from "@/components/charts/live";
import type { ProgressOverviewChartProps } from "@/components/charts/types";

// How far each targeted indicator has come from its base value to its 2025 target (100% = reached),
// coloured by status. The numbers arrive computed and formatted; the chart only draws them.

export type { ProgressBarRow } from "@/components/charts/types";

export function ProgressOverviewChart(props: Omit<ProgressOverviewChartProps, "testId">) {
  const { title, summary, rows, targetLabel, locale } = props;
  return (
    <div className="summary-chart">
      <ChartFigure
        title={title}
        summary={summary}
        locale={locale}
        testId="progress-overview-chart"
        table={{ rowHeader: chartWords(locale).indicator, columns: [targetLabel], rows: rows.map((r) => ({ header: r.label, cells: [r.text] })) }}
        chart={(id) => <ProgressOverviewChartLive {...props} descriptionId={id} />}
      />
    </div>
  );
}
