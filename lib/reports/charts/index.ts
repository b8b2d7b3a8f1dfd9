import { progressScene, radarScene, seriesScene } from "./scenes";
import type { ChartSpec, Measure, Scene } from "./types";

export type { ChartSpec, Measure, Scene } from "./types";

/** The charts' heights in points where they do not follow from their rows (the progress overview's does). */
export const CHART_HEIGHT = { radar: 220, series: 150 } as const;
/** The room between two charts side by side, in points. */
export const CHART_GAP = 16;

/** A chart's drawing `width` points wide: the same in the PDF (drawn) and in Word (as a picture). */
export function chartScene(spec: ChartSpec, width: number, measure: Measure): Scene {
  switch (spec.type) {
    case "progress":
      return progressScene(spec, width, measure);
    case "radar":
      return radarScene(spec, width, CHART_HEIGHT.radar, measure);
    case "series":
      return seriesScene(spec, width, CHART_HEIGHT.series, measure);
  }
}

/** The width of each chart of a row of `columns` across `width`. */
export const columnWidth = (width: number, columns: number) => (width - CHART_GAP * (columns - 1)) / columns;
