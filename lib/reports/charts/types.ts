// A document's charts as data (what the summary document carries) and as drawings (what the files
// draw): a chart's data becomes a scene of rectangles, lines, paths, circles and texts at fixed
// coordinates in points (1/72 inch), which the PDF draws as vectors and Word receives as a PNG made
// from the scene's SVG. Pure: no server module, so the page's code may import the types too.

/** The progress overview: each targeted indicator's distance from base to target, as a bar. */
export type ProgressChartSpec = {
  type: "progress";
  /** The scale's ends (%); values beyond are cut at the ends (their text still says them). */
  min: number;
  max: number;
  /** The reference line at 100% and its label. */
  reference: { value: number; label: string };
  rows: { label: string; value: number | null; text: string; status: string }[];
  /** Smaller type and bars, for a one-page brief. */
  compact?: boolean;
};

/** The composite's dimensions on spokes (0–100), the area filled, the peers' median dashed. */
export type RadarChartSpec = {
  type: "radar";
  axes: string[];
  series: { name: string; values: (number | null)[]; emphasis: boolean }[];
  noData: string;
};

/** One targeted indicator's values over the years against its target (and the previous period's). */
export type SeriesChartSpec = {
  type: "series";
  title: string;
  decimals: number;
  points: { year: number; value: number }[];
  base: { year: number; value: number } | null;
  targets: { year: number; value: number; label: string; previous: boolean }[];
  noData: string;
};

export type ChartSpec = ProgressChartSpec | RadarChartSpec | SeriesChartSpec;

export type Stroke = { stroke: string; width: number; dash?: [number, number] };

export type Shape =
  | { kind: "rect"; x: number; y: number; w: number; h: number; fill: string }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; line: Stroke }
  | { kind: "path"; points: [number, number][]; closed: boolean; fill?: { color: string; opacity: number }; line?: Stroke }
  | { kind: "circle"; cx: number; cy: number; r: number; fill: string; line?: Stroke }
  /** `y` is the text's baseline; `anchor` says which end (or the middle) sits at `x`. */
  | { kind: "text"; x: number; y: number; text: string; size: number; color: string; anchor: "start" | "middle" | "end"; bold?: boolean };

export type Scene = { width: number; height: number; shapes: Shape[] };

/** The width a text takes at a size (points), measured with the documents' font. */
export type Measure = (text: string, size: number, bold?: boolean) => number;
