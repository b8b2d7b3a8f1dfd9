// Where the charts put things: which point the pointer is at, which labels fit, the order of bars.
// Pure, so that each rule is tested on its own (layout.test.ts).

/** The index of the position nearest `px`, or null when there is none; the first of two equally near. */
export function nearestIndex(positions: number[], px: number): number | null {
  let best: number | null = null;
  for (let i = 0; i < positions.length; i++) if (best === null || Math.abs(positions[i]! - px) < Math.abs(positions[best]! - px)) best = i;
  return best;
}

/** Largest first; ties keep the caller's order; rows without data go last. */
export function byValue<T extends { value: number | null }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || 0);
}

/** Centred on `at`, unless that would cut the label at either edge of a chart `width` wide. */
export function anchorWithin(at: number, textWidthPx: number, width: number): "start" | "middle" | "end" {
  if (at + textWidthPx / 2 > width) return "end";
  if (at - textWidthPx / 2 < 0) return "start";
  return "middle";
}

/** Label every n-th category so that labels `widest` px wide, `spacing` px apart, keep `minGap` px between them. */
export function labelStep(widest: number, spacing: number, minGap: number): number {
  return Math.max(1, Math.ceil((widest + minGap) / spacing));
}

/**
 * Which of `count` evenly spaced ticks keep a label when only every `step`-th fits: counted from the
 * tick at `origin` (zero, where there is one) both ways, so that zero and its multiples stay named.
 */
export function labelledTicks(count: number, step: number, origin: number): boolean[] {
  return Array.from({ length: count }, (_, i) => Math.abs(i - origin) % step === 0);
}

/**
 * Whether the target line's label goes above its line: the higher of the two reference lines is
 * labelled above itself and the lower one below, so two close lines keep legible labels.
 */
export function targetLabelAbove(target: number | null, national: number | null): boolean {
  return target === null || national === null || target >= national;
}
