import "server-only";
import type { PeerAreaRow } from "@/db/queries/compare";
import { namedInMethodology } from "@/lib/domain/peer-compare";
import { messagesTranslator } from "@/lib/i18n/translator";
import type { GroupComposite } from "./composite";

// The methodology that travels with every score in the rankings and compare payloads: what the
// composite applied (lib/domain/composite.ts), and its rules in words. The public API has always
// sent the rules as English sentences, under `rules`; they are the English messages
// ("methodologyRules"), with the window's years. The pages show the rules from the "method" messages
// in the reader's language.

/** The rules applied to a window from…to, as the API's English sentences. */
export function methodologyRules(window: { from: number; to: number }) {
  const t = messagesTranslator("en");
  const span = (from: number, to: number) => (from === to ? t("methodologyRules.spanOneYear", { year: to }) : t("methodologyRules.span", { from, to }));
  const { from, to } = window;
  return {
    outliers: t("methodologyRules.outliers", { window: span(from, to) }),
    skewness: t("methodologyRules.skewness"),
    transform: t("methodologyRules.transform"),
    minMax: t("methodologyRules.minMax", { window: span(from, to) }),
    dimension: t("methodologyRules.dimension"),
    composite: t("methodologyRules.composite"),
    rank: t("methodologyRules.rank"),
    percentile: t("methodologyRules.percentile"),
    change: from < to ? t("methodologyRules.change", { to, previous: to - 1, previousWindow: span(from, to - 1) }) : t("methodologyRules.changeNone", { from }),
    performance: t("methodologyRules.performance"),
    sensitivity: t("methodologyRules.sensitivity"),
  };
}

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
    rules: methodologyRules(result.window),
    performanceThresholds: m.performanceThresholds,
  };
}
