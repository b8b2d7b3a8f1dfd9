// d3-array's nice/ticks are what d3-scale's linear scale calls for `.nice()` and `.ticks()`; importing
// them alone keeps d3-scale's interpolators, colours and formats (13 KiB gzip) off every chart page.
import { nice, ticks as niceTicks } from "d3-array";

// Axis arithmetic of the charts: pure, so that it is tested on its own.

export type Scale = { domain: readonly [number, number]; ticks: number[]; digits: number };

/** Digits after the decimal point that a tick step needs: 0.25 → 2, 5 → 0. */
function digitsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

function stepTicks(lo: number, hi: number, step: number): Scale {
  const digits = digitsOf(step);
  const start = Math.floor(lo / step + 1e-9) * step;
  const end = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = start; t <= end + step / 2; t += step) ticks.push(Number(t.toFixed(digits)));
  return { domain: [ticks[0] ?? start, ticks.at(-1) ?? end], ticks, digits };
}

/** A step of 1, 2 or 5 × 10^k that cuts `span` into at most about `count` parts. */
function niceStep(span: number, count: number): number {
  const base = 10 ** Math.floor(Math.log10(span / count));
  return ([1, 2, 5].find((m) => m * base >= span / count) ?? 10) * base;
}

/**
 * Pad the range by 10 %, then snap to steps of 1, 2 or 5 × 10^k so the axis starts and ends on a
 * tick (a value axis of a line chart; it keeps zero as its floor when every value is positive).
 */
export function paddedScale(values: number[]): Scale {
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 1], digits: 0 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  const lo = min >= 0 ? Math.max(0, min - pad) : min - pad;
  const hi = max + pad;
  return stepTicks(lo, hi, niceStep(hi - lo, 4));
}

/** Bars start at zero; the axis ends on the first tick past the data, in about four steps. */
export function zeroBasedScale(values: number[]): Scale {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const scale = stepTicks(lo, hi, niceStep(span, 4));
  return scale.ticks.length > 1 ? scale : stepTicks(lo, lo + span, niceStep(span, 4));
}

/** The data's own range, widened to nice ticks (d3's `nice`), about `count` of them. */
export function fittedScale(values: number[], count = 5): Scale {
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 1], digits: 0 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const [lo, hi] = min === max ? [min - (Math.abs(min) || 1) * 0.1, max + (Math.abs(max) || 1) * 0.1] : [min, max];
  const [a, b] = nice(lo, hi, count);
  const ticks = niceTicks(a, b, count);
  return { domain: [a, b], ticks, digits: ticks.length > 1 ? digitsOf(ticks[1]! - ticks[0]!) : 0 };
}

/** Maps `domain` onto pixels `range` (y ranges run from bottom to top). */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Centres of `count` equal bands across `from`…`to`, and each band's width. */
export function bands(count: number, from: number, to: number): { centre: (i: number) => number; width: number } {
  const width = count > 0 ? (to - from) / count : 0;
  return { centre: (i) => from + width * (i + 0.5), width };
}

/**
 * Pixels a label needs at `fontSize`: Chinese characters are square, Latin letters and digits
 * about 0.6 em. An estimate, so that an axis is as wide as its longest label without measuring.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.6;
  return Math.ceil(em * fontSize);
}

export function truncate(label: string, max: number): string {
  const chars = Array.from(label);
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join("")}…`;
}

/** Point `r` from the centre on spoke `i` of `count`: the first points up, the others follow clockwise. */
export function spoke(i: number, count: number, r: number, cx: number, cy: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
  return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
}
