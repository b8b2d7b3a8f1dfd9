// The rows each chart draws, the tooltip of each point and the data table for screen readers, from
// the chart's props. Pure: the page renders the tables on the server, the drawings use the rows and
// tips in the browser (or wherever they are drawn), and both read the same numbers.
import type { ChartTable } from "./chart-figure";
import { byValue, chartColors, labelWithUnit, numberFormat, truncate, withUnit, type Tip } from "./format";
import type {
  ChartLocale,
  DimensionRadarProps,
  IndicatorChartProps,
  IndustryMixChartProps,
  PeerBandChartProps,
  PeerBarChartProps,
  PeerBarRow,
  PopulationChartProps,
  SmallMultiplesChart,
  SmallMultiplesProps,
} from "./types";

// ---- Sizes ----------------------------------------------------------------------------------------

export const RADAR_HEIGHT = 300;
export const SMALL_MULTIPLE_HEIGHT = 160;
const BAR_ROW_HEIGHT = 22;
const PROGRESS_ROW_HEIGHT = 30;

/** A row per peer, and room for the median's label above the bars and the value axis below them. */
export function peerBarHeight(rows: number) {
  return Math.max(rows, 1) * BAR_ROW_HEIGHT + 24 + 30;
}

export function progressOverviewHeight(rows: number) {
  return Math.max(120, rows * PROGRESS_ROW_HEIGHT + 20 + 30);
}

/**
 * 170 mm at 96 px an inch: the width app/globals.css gives `.summary-chart` in print, so a printed
 * summary chart is drawn at that size (12 px text stays 9 pt) instead of shrunk from the screen's width.
 */
export const SUMMARY_PRINT_WIDTH = 642;

const words = {
  zh: { year: "年份", area: "示范区", dimension: "维度", indicator: "指标", noData: "—" },
  en: { year: "Year", area: "Area", dimension: "Dimension", indicator: "Indicator", noData: "—" },
} as const;

export function chartWords(locale: ChartLocale) {
  return words[locale];
}

const valueFormatter = (locale: ChartLocale, decimals: number, unit: string) => {
  const f = numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return (v: number) => withUnit(f.format(v), unit);
};
const cell = (v: number | null | undefined, format: (v: number) => string) => (v === null || v === undefined ? "—" : format(v));

// ---- Indicator over the years ---------------------------------------------------------------------

export type IndicatorPoint = { year: number; value: number | null; projection: number | null; target: number | null; previousTarget: number | null };

/** Observed values, projection and targets merged by year, every year from the first to the last (at least the period's target year). */
export function indicatorRows({ series, projection, target, previousTarget, endYear }: Pick<IndicatorChartProps, "series" | "projection" | "target" | "previousTarget" | "endYear">): IndicatorPoint[] {
  const byYear = new Map<number, IndicatorPoint>();
  const at = (year: number) => {
    const point = byYear.get(year) ?? { year, value: null, projection: null, target: null, previousTarget: null };
    byYear.set(year, point);
    return point;
  };
  for (const s of series) at(s.year).value = s.value;
  for (const p of projection ?? []) at(p.year).projection = p.value;
  if (target) at(target.year).target = target.value;
  if (previousTarget) at(previousTarget.year).previousTarget = previousTarget.value;
  if (byYear.size === 0) return [];
  const years = [...byYear.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years, endYear ?? -Infinity);
  return Array.from({ length: last - first + 1 }, (_, i) => at(first + i));
}

export function indicatorTip(props: IndicatorChartProps, point: IndicatorPoint): Tip {
  const format = valueFormatter(props.locale, props.decimals, props.unit);
  const { labels } = props;
  return {
    title: String(point.year),
    items: [
      ...(point.value !== null ? [{ label: labels.value, value: format(point.value), color: chartColors.series }] : []),
      // The projection starts at the latest observed value: named only where nothing was observed.
      ...(point.projection !== null && point.value === null ? [{ label: labels.projection, value: format(point.projection), color: chartColors.projection }] : []),
      ...(point.target !== null ? [{ label: labels.target, value: format(point.target), color: chartColors.target }] : []),
      ...(point.previousTarget !== null ? [{ label: labels.previousTarget ?? labels.target, value: format(point.previousTarget), color: chartColors.target }] : []),
    ],
  };
}

/**
 * The chart's figures by year, for screen readers: the years of the drawing up to the last that has
 * a figure. The drawing's axis runs on to the period's target year; empty years after the last figure
 * would only be read out as rows of dashes. A year without a value between two figures keeps its row.
 */
export function indicatorTable(props: IndicatorChartProps): ChartTable {
  const format = valueFormatter(props.locale, props.decimals, props.unit);
  const drawn = indicatorRows(props);
  const rows = drawn.slice(0, drawn.findLastIndex((r) => r.value !== null || r.projection !== null || r.target !== null || r.previousTarget !== null) + 1);
  const { labels, nationalReference } = props;
  const hasProjection = rows.some((r) => r.projection !== null);
  const hasTarget = rows.some((r) => r.target !== null);
  const hasPrevious = rows.some((r) => r.previousTarget !== null);
  return {
    rowHeader: chartWords(props.locale).year,
    columns: [
      labels.value,
      ...(hasProjection ? [labels.projection] : []),
      ...(hasPrevious ? [labels.previousTarget ?? labels.target] : []),
      ...(hasTarget ? [labels.target] : []),
      ...(nationalReference !== null ? [labels.national] : []),
    ],
    rows: rows.map((r) => ({
      header: String(r.year),
      cells: [
        cell(r.value, format),
        ...(hasProjection ? [cell(r.projection, format)] : []),
        ...(hasPrevious ? [cell(r.previousTarget, format)] : []),
        ...(hasTarget ? [cell(r.target, format)] : []),
        ...(nationalReference !== null ? [format(nationalReference)] : []),
      ],
    })),
  };
}

// ---- Industry mix ---------------------------------------------------------------------------------

export const sectors = [
  { key: "primary", color: chartColors.national },
  { key: "secondary", color: chartColors.series },
  { key: "tertiary", color: chartColors.tertiary },
] as const;

const shareFormat = (locale: ChartLocale) => {
  const f = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (v: number) => `${f.format(v)}%`;
};

export function industryMixTip({ rows, labels, locale }: IndustryMixChartProps, index: number): Tip | null {
  const row = rows[index];
  if (!row) return null;
  const format = shareFormat(locale);
  return { title: String(row.year), items: sectors.flatMap(({ key, color }) => (row[key] === null ? [] : [{ label: labels[key], value: format(row[key]), color }])) };
}

export function industryMixTable({ rows, labels, locale }: IndustryMixChartProps): ChartTable {
  const format = shareFormat(locale);
  return {
    rowHeader: chartWords(locale).year,
    columns: sectors.map(({ key }) => labels[key]),
    rows: rows.map((r) => ({ header: String(r.year), cells: sectors.map(({ key }) => cell(r[key], format)) })),
  };
}

// ---- Population -----------------------------------------------------------------------------------

// Inflow and outflow in two neutral hues: red/green would read as good/bad (and reversed in Chinese finance).
export const migrationColors = { inflow: chartColors.projection, outflow: chartColors.national } as const;

export function populationFormats(locale: ChartLocale) {
  const rate = numberFormat(locale, { maximumFractionDigits: 2 });
  const population = numberFormat(locale, { maximumFractionDigits: 1 });
  return { rate: (v: number) => rate.format(v), population: (v: number) => population.format(v) };
}

export function populationTip({ rows, labels, locale }: PopulationChartProps, index: number): Tip | null {
  const row = rows[index];
  if (!row) return null;
  const f = populationFormats(locale);
  return {
    title: String(row.year),
    items: [
      ...(row.netMigrationRate !== null
        ? [{ label: labels.netMigration, value: f.rate(row.netMigrationRate), color: row.netMigrationRate < 0 ? migrationColors.outflow : migrationColors.inflow }]
        : []),
      ...(row.population !== null ? [{ label: labelWithUnit(labels.population, labels.populationUnit, locale), value: f.population(row.population), color: chartColors.series }] : []),
    ],
  };
}

export function populationTable({ rows, labels, locale }: PopulationChartProps): ChartTable {
  const f = populationFormats(locale);
  return {
    rowHeader: chartWords(locale).year,
    columns: [labels.netMigration, labelWithUnit(labels.population, labels.populationUnit, locale)],
    rows: rows.map((r) => ({ header: String(r.year), cells: [cell(r.netMigrationRate, f.rate), cell(r.population, f.population)] })),
  };
}

// ---- Dimension radar ------------------------------------------------------------------------------

const scoreFormat = (locale: ChartLocale) => {
  const f = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (v: number) => f.format(v);
};

/** One row per spoke, a column per series (`s0`, `s1`, …): a missing score is drawn at the centre. */
export function radarRows({ axes, series }: Pick<DimensionRadarProps, "axes" | "series">) {
  return axes.map(({ key, label }) => ({ key, label, ...Object.fromEntries(series.map((s, i) => [`s${i}`, s.values[key] ?? 0])) }));
}

export function radarTip({ axes, series, locale, noDataLabel = "—" }: DimensionRadarProps, index: number): Tip | null {
  const axis = axes[index];
  if (!axis) return null;
  const format = scoreFormat(locale);
  return {
    title: axis.label,
    items: series.map((s) => ({ label: s.name, value: cell(s.values[axis.key], format).replace(/^—$/, noDataLabel), color: s.emphasis ? chartColors.brand : chartColors.series })),
  };
}

export function radarTable({ axes, series, locale }: DimensionRadarProps): ChartTable {
  const format = scoreFormat(locale);
  return {
    rowHeader: chartWords(locale).dimension,
    columns: series.map((s) => s.name),
    rows: axes.map((a) => ({ header: a.label, cells: series.map((s) => cell(s.values[a.key], format)) })),
  };
}

// ---- Peer bars ------------------------------------------------------------------------------------

export const MAX_BAR_LABEL_CHARS = 14;

/** Largest first, peers without data last; each with the label the axis shows. */
export function peerBarRows(rows: PeerBarRow[]) {
  return byValue(rows).map((r) => ({ ...r, short: truncate(r.label, MAX_BAR_LABEL_CHARS) }));
}

export function peerBarTip(props: PeerBarChartProps, index: number): Tip | null {
  const row = peerBarRows(props.rows)[index];
  if (!row) return null;
  const format = valueFormatter(props.locale, props.decimals, props.unit);
  // A peer without data still gets a tooltip, saying so.
  return { title: row.label, items: [{ label: props.title, value: row.value === null ? props.noDataLabel : format(row.value), color: row.highlight ? chartColors.brand : "#94a3b8" }] };
}

export function peerBarTable(props: PeerBarChartProps): ChartTable {
  const format = valueFormatter(props.locale, props.decimals, props.unit);
  return {
    rowHeader: chartWords(props.locale).area,
    columns: [labelWithUnit(props.title, props.unit, props.locale)],
    rows: [
      ...peerBarRows(props.rows).map((r) => ({ header: r.label, cells: [r.value === null ? props.noDataLabel : format(r.value)] })),
      ...(props.median !== null ? [{ header: props.medianLabel, cells: [format(props.median)] }] : []),
    ],
  };
}

// ---- Peer band ------------------------------------------------------------------------------------

export const bandFill = "#cbd5e1"; // slate-300

/** By year, with the interquartile band as [q1, q3] where both are known (a gap elsewhere). */
export function peerBandRows(rows: PeerBandChartProps["rows"]) {
  return [...rows].sort((a, b) => a.year - b.year).map((r) => ({ ...r, band: r.q1 !== null && r.q3 !== null ? ([r.q1, r.q3] as [number, number]) : null }));
}

export function peerBandTip(props: PeerBandChartProps, index: number): Tip | null {
  const row = peerBandRows(props.rows)[index];
  if (!row) return null;
  const format = valueFormatter(props.locale, props.decimals, props.unit);
  const { labels } = props;
  return {
    title: String(row.year),
    items: [
      ...(row.value !== null ? [{ label: labels.value, value: format(row.value), color: chartColors.brand }] : []),
      ...(row.median !== null ? [{ label: labels.median, value: format(row.median), color: chartColors.series }] : []),
      ...(row.band ? [{ label: labels.band, value: `${format(row.band[0])} – ${format(row.band[1])}`, color: bandFill }] : []),
    ],
  };
}

export function peerBandTable(props: PeerBandChartProps): ChartTable {
  const format = valueFormatter(props.locale, props.decimals, props.unit);
  const { labels } = props;
  return {
    rowHeader: chartWords(props.locale).year,
    columns: [labels.value, labels.median, labels.band],
    rows: peerBandRows(props.rows).map((r) => ({
      header: String(r.year),
      cells: [cell(r.value, format), cell(r.median, format), r.band ? `${format(r.band[0])} – ${format(r.band[1])}` : "—"],
    })),
  };
}

// ---- Small multiples ------------------------------------------------------------------------------

// Okabe–Ito order; orange and sky blue are darkened to keep 3:1 against white like the other chart colours.
// Each area also gets its own dash pattern so the lines stay apart in grey-scale print.
const areaStyles = [
  { color: "#0072B2", dash: undefined },
  { color: "#D55E00", dash: "6 3" },
  { color: "#009E73", dash: "2 2" },
  { color: "#CC79A7", dash: "10 3 2 3" },
  { color: "#C18400", dash: "4 4" },
  { color: "#2F8FC9", dash: "1 3" },
] as const;

export function areaStyle(index: number) {
  return areaStyles[index % areaStyles.length] ?? areaStyles[0];
}

export function smallMultipleTip(chart: SmallMultiplesChart, { series, locale }: Pick<SmallMultiplesProps, "series" | "locale">, index: number): Tip | null {
  const row = chart.rows[index];
  if (!row) return null;
  const format = valueFormatter(locale, chart.decimals, chart.unit);
  return {
    title: String(row.year),
    items: series.flatMap((s, i) => {
      const v = row[s.code];
      return typeof v === "number" ? [{ label: s.label, value: format(v), color: areaStyle(i).color }] : [];
    }),
  };
}

export function smallMultipleTable(chart: SmallMultiplesChart, { series, locale }: Pick<SmallMultiplesProps, "series" | "locale">): ChartTable {
  const format = valueFormatter(locale, chart.decimals, chart.unit);
  return {
    rowHeader: chartWords(locale).year,
    columns: series.map((s) => s.label),
    rows: chart.rows.map((r) => ({ header: String(r.year), cells: series.map((s) => cell(r[s.code], format)) })),
  };
}
