// Props of the chart components. Everything arrives aggregated and translated:
// the charts format numbers for display and nothing else.

export type ChartLocale = "zh" | "en";

type ChartBaseProps = {
  /** Visible caption (figcaption). */
  title: string;
  /** One or two sentences for screen readers, read as the chart's accessible name. */
  summary: string;
  locale: ChartLocale;
  /** Set as data-testid on the <figure>. */
  testId?: string;
  /** The caption is for screen readers only (the surrounding card shows the title as a heading). */
  hideCaption?: boolean;
};

export type IndicatorChartProps = ChartBaseProps & {
  unit: string;
  decimals: number;
  /** Observed values; null leaves a gap in the line. */
  series: { year: number; value: number | null }[];
  /** From the latest observed point to 2025, drawn dashed. */
  projection: { year: number; value: number }[] | null;
  target: { year: number; value: number } | null;
  nationalReference: number | null;
  labels: { value: string; projection: string; target: string; national: string };
};

export type IndustryMixRow = {
  year: number;
  primary: number | null;
  secondary: number | null;
  tertiary: number | null;
};

export type IndustryMixChartProps = ChartBaseProps & {
  /** Shares in percent (0–100). */
  rows: IndustryMixRow[];
  labels: { primary: string; secondary: string; tertiary: string };
};

export type PopulationRow = {
  year: number;
  netMigrationRate: number | null;
  population: number | null;
};

export type PopulationChartProps = ChartBaseProps & {
  rows: PopulationRow[];
  labels: { netMigration: string; population: string; populationUnit: string };
};
