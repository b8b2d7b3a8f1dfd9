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
  /** The width to draw at while the page prints (the width the print rules give the chart). */
  printWidth?: number;
};

/** What a drawing is given besides its props: a fixed size, and the id of the description that names it. */
export type PlotSize = { width: number; height: number; descriptionId?: string };

export type IndicatorChartProps = ChartBaseProps & {
  unit: string;
  decimals: number;
  /** Observed values; null leaves a gap in the line. */
  series: { year: number; value: number | null }[];
  /** From the latest observed point to the period's target year, drawn dashed. */
  projection: { year: number; value: number }[] | null;
  target: { year: number; value: number } | null;
  /** The previous plan period's target (the 2025 one beside the 2030 one), drawn as a ring at its year. */
  previousTarget?: { year: number; value: number } | null;
  nationalReference: number | null;
  /** A vertical line where a plan period begins (its base year), with its label. */
  periodBoundary?: { year: number; label: string } | null;
  /** The plan period's target year: the chart runs to it whether or not a value is there yet. */
  endYear?: number;
  /** A vertical line where the indicator's series breaks (values from this year are counted another way). */
  seriesBreak?: { year: number; label: string } | null;
  labels: { value: string; projection: string; target: string; national: string; previousTarget?: string };
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

export type DimensionRadarProps = ChartBaseProps & {
  /** The spokes, clockwise from the top (entity, factor, structure). */
  axes: { key: string; label: string }[];
  /** Scores 0–100 keyed by axis key; null is drawn at the centre and reads as noDataLabel in the tooltip. */
  series: { name: string; values: Record<string, number | null>; emphasis: boolean }[];
  /** Tooltip text for a missing score; "—" when omitted. */
  noDataLabel?: string;
};

export type PeerBarRow = { code: string; label: string; value: number | null; highlight: boolean };

export type PeerBarChartProps = ChartBaseProps & {
  unit: string;
  decimals: number;
  /** Any order: the chart sorts by value, largest first, peers without data last. */
  rows: PeerBarRow[];
  medianLabel: string;
  median: number | null;
  noDataLabel: string;
};

export type PeerBandRow = {
  year: number;
  value: number | null;
  median: number | null;
  /** Interquartile band; drawn only where both quartiles are known. */
  q1: number | null;
  q3: number | null;
};

export type PeerBandChartProps = ChartBaseProps & {
  unit: string;
  decimals: number;
  rows: PeerBandRow[];
  labels: { value: string; median: string; band: string };
};

export type SmallMultiplesRow = { year: number; [areaCode: string]: number | null };

export type SmallMultiplesChart = {
  key: string;
  title: string;
  unit: string;
  decimals: number;
  rows: SmallMultiplesRow[];
  /** Accessible name of this chart; the title with its unit when omitted. */
  summary?: string;
};

export type SmallMultiplesProps = {
  locale: ChartLocale;
  /** Set as data-testid on the wrapper; each chart gets `${testId}-${chart.key}`. */
  testId?: string;
  /** 2–6 areas, in legend order; colour and dash pattern follow this order. */
  series: { code: string; label: string }[];
  charts: SmallMultiplesChart[];
};

export type ProgressBarRow = { key: string; label: string; value: number | null; text: string; status: string };

export type ProgressOverviewChartProps = ChartBaseProps & {
  /** Distance covered from base to target, in percent (100 = reached); `text` is the figure and status as shown. */
  rows: ProgressBarRow[];
  targetLabel: string;
};
