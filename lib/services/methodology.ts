import "server-only";
import type { PeerAreaRow } from "@/db/queries/compare";
import { namedInMethodology } from "@/lib/domain/peer-compare";
import type { GroupComposite } from "./composite";

// The methodology that travels with every score in the rankings and compare payloads.

/**
 * Clamped values listed in the methodology; the count covers them all. A national group clamps
 * thousands, which would outweigh the rest of a rankings answer.
 */
export const CLAMPED_LISTED = 20;

/** `members`: the group's areas, for the names of those the methodology lists (`names`). */
export function methodologyOf(result: GroupComposite, members: readonly PeerAreaRow[]) {
  const m = result.methodology;
  const clamped = m.clamped.slice(0, CLAMPED_LISTED);
  const named = namedInMethodology(m.members, clamped);
  const byCode = new Map(members.map((a) => [a.code, a]));
  return {
    window: result.window,
    members: m.members,
    membersListed: named.membersListed,
    names: Object.fromEntries(named.codes.flatMap((code) => {
      const area = byCode.get(code);
      return area ? [[code, { zh: area.nameZh, en: area.nameEn }]] : [];
    })),
    indicatorsUsed: m.indicatorsUsed,
    transformed: m.transformed,
    clampedCount: m.clamped.length,
    clamped,
    weights: m.weights,
    rules: {
      outliers: m.outlierRule,
      skewness: m.skewnessKind,
      transform: m.transformRule,
      minMax: m.minMaxWindow,
      dimension: m.dimensionRule,
      composite: m.compositeRule,
      rank: m.rankRule,
      percentile: m.percentileRule,
      change: m.changeRule,
      performance: m.performanceRule,
      sensitivity: m.sensitivityRule,
    },
    performanceThresholds: m.performanceThresholds,
  };
}
