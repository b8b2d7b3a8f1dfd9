import type { PlotSize } from "../types";

/**
 * The props every chart's root takes: its fixed size, and its <svg> named by the description the page
 * rendered beside it. Recharts' accessibility layer makes the <svg> focusable; the arrow keys then move
 * the tooltip from point to point.
 */
export function surfaceProps({ width, height, descriptionId }: PlotSize) {
  return { width, height, accessibilityLayer: true, role: "img", "aria-labelledby": descriptionId } as const;
}

/** No animation: a chart drawn in one pass is the same on screen, in print and in a document. */
export const still = { isAnimationActive: false } as const;
