// What a person needs beside an indicator to choose a sensible target for a new plan period: the
// area's own pace over the period just ended, the pace the proposed target asks for from the new base
// year, and the pace the peers achieved. A target asking for more than the best peer achieved is
// "ambitious"; one asking for less than the area's own past pace is "undemanding". Either needs a
// written reason; neither is refused. See docs/methodology.md, setting targets.

import { resolveTarget, type TargetSpec } from "./progress";

export type PaceForm = "compound" | "linear";

/**
 * Average change a year between two values, as a fraction of the level (0.05 = 5 % a year): compound
 * growth, or a straight line's slope over the starting level, so that large and small areas compare.
 */
export function yearlyPace(form: PaceForm, from: number, to: number, years: number): number | null {
  if (years <= 0) return null;
  if (form === "compound") return from > 0 && to > 0 ? Math.pow(to / from, 1 / years) - 1 : null;
  return from === 0 ? null : (to - from) / years / Math.abs(from);
}

export type PeerPaces = { count: number; median: number; p75: number; best: number };

/**
 * The peers' paces, read in the indicator's direction: the 75th percentile and the best are the
 * better end (the highest growth when higher is better, the steepest fall when lower is). Linear
 * interpolation between ranks, as the peer comparison's quartiles.
 */
export function peerPaces(paces: readonly number[], direction: "higher" | "lower"): PeerPaces | null {
  const d = direction === "higher" ? 1 : -1;
  const sorted = paces.filter(Number.isFinite).map((p) => d * p).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (q: number) => {
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
  };
  return { count: sorted.length, median: d * at(0.5), p75: d * at(0.75), best: d * (sorted.at(-1) as number) };
}

export type TargetFlag = "ambitious" | "undemanding" | null;

/** The peers' paces over one span, each pair a peer's values at its start and end (pairs without a pace left out). */
export function peerPacesOf(
  form: PaceForm,
  pairs: readonly { from: number; to: number }[],
  years: number,
  direction: "higher" | "lower",
): PeerPaces | null {
  return peerPaces(pairs.flatMap((p) => yearlyPace(form, p.from, p.to, years) ?? []), direction);
}

export type TargetAid = {
  /** The area's own pace over the previous period, a fraction a year (see yearlyPace), or null without both values. */
  ownPace: number | null;
  /** The pace the proposed target asks for from the new base year, or null without a base value. */
  requiredPace: number | null;
  flag: TargetFlag;
};

// Floating-point slack, so that a target set exactly at a peer's pace is not "beyond" it by rounding.
const EPSILON = 1e-9;

/**
 * The aid for one proposed target of a new period, in the indicator's growth form (the peers' paces
 * computed in the same form, by peerPacesOf). `previous` holds the area's values at the previous
 * period's base and target years (2020, 2025 for the 15th period); the new base value is the latter.
 */
export function targetAid(input: {
  direction: "higher" | "lower";
  growthForm: PaceForm;
  previous: { baseYear: number; targetYear: number; baseValue: number | null; targetYearValue: number | null };
  peers: PeerPaces | null;
  proposed: TargetSpec | null;
}): TargetAid {
  const { direction, growthForm: form, previous, peers, proposed } = input;
  const d = direction === "higher" ? 1 : -1;
  const y0 = previous.baseValue;
  const yT = previous.targetYearValue;
  const T = proposed && yT !== null ? resolveTarget(proposed, yT) : null;
  const ownPace = y0 !== null && yT !== null ? yearlyPace(form, y0, yT, previous.targetYear - previous.baseYear) : null;
  const requiredPace = proposed && yT !== null && T !== null ? yearlyPace(form, yT, T, proposed.targetYear - proposed.baseYear) : null;

  let flag: TargetFlag = null;
  if (requiredPace !== null) {
    if (peers && d * requiredPace > d * peers.best + EPSILON) flag = "ambitious";
    else if (ownPace !== null && d * requiredPace < d * ownPace - EPSILON) flag = "undemanding";
  }
  return { ownPace, requiredPace, flag };
}
