import "server-only";
import { getAreaByCode } from "@/db/queries/areas";
import { findPeriod, previousPeriod, type PlanPeriod } from "@/lib/domain/plan";
import { peerPacesOf, targetAid, type PeerPaces, type TargetFlag } from "@/lib/domain/target-aid";
import type { TargetSpec } from "@/lib/domain/progress";
import { listIndicators, listPeerAreas, listPlanPeriods } from "./kept-reads";
import { valueColumns } from "./value-columns";

/** What the targets page shows beside one indicator of a new period, and what a proposed target's flag is computed from. */
export type TargetAidInputs = {
  previous: { baseYear: number; targetYear: number; baseValue: number | null; targetYearValue: number | null };
  /** The paces of the area's peers (the active areas of its level) over the previous period. */
  peers: PeerPaces | null;
};

/**
 * For each scored indicator, the aid inputs of one area for a plan period that follows another (the
 * 15th after the 14th): the area's values at the previous period's base and target years, and its
 * peers' paces between them. Null for a period with none before it.
 */
export function getTargetAidInputs(area: { id: number; level: string }, period: PlanPeriod): Map<string, TargetAidInputs> | null {
  const previous = previousPeriod(listPlanPeriods(), period);
  if (!previous) return null;
  const peerIds = new Set(listPeerAreas().filter((a) => a.level === area.level && a.id !== area.id).map((a) => a.id));
  const scored = listIndicators().filter((i) => i.direction !== "context");
  const columns = valueColumns(
    scored.map((i) => i.key),
    previous.baseYear,
  );
  const span = previous.targetYear - previous.baseYear;
  const out = new Map<string, TargetAidInputs>();
  for (const ind of scored) {
    const col = columns.get(ind.key);
    const starts = new Map<number, number>();
    const ends = new Map<number, number>();
    if (col) {
      for (let i = 0; i < col.values.length; i++) {
        const year = col.years[i];
        if (year === previous.baseYear) starts.set(col.areaIds[i] as number, col.values[i] as number);
        else if (year === previous.targetYear) ends.set(col.areaIds[i] as number, col.values[i] as number);
      }
    }
    const pairs = [...peerIds].flatMap((id) => {
      const from = starts.get(id);
      const to = ends.get(id);
      return from === undefined || to === undefined ? [] : [{ from, to }];
    });
    out.set(ind.key, {
      previous: { baseYear: previous.baseYear, targetYear: previous.targetYear, baseValue: starts.get(area.id) ?? null, targetYearValue: ends.get(area.id) ?? null },
      peers: peerPacesOf(ind.growthForm, pairs, span, ind.direction === "lower" ? "lower" : "higher"),
    });
  }
  return out;
}

/** The flag of a proposed target (ambitious, undemanding or none), computed on the server as the form shows it. */
export function proposedTargetFlag(area: { id: number; level: string }, period: PlanPeriod, indicatorKey: string, proposed: TargetSpec): TargetFlag {
  const inputs = getTargetAidInputs(area, period)?.get(indicatorKey);
  const ind = listIndicators().find((i) => i.key === indicatorKey);
  if (!inputs || !ind || ind.direction === "context") return null;
  return targetAid({ direction: ind.direction, growthForm: ind.growthForm, previous: inputs.previous, peers: inputs.peers, proposed }).flag;
}

/** What a proposed target needs in order to be saved: its area, indicator, period, kind, value, base year and reason. */
type ProposedTarget = { areaCode: string; indicatorKey: string; period: string; kind: TargetSpec["kind"]; value: number; baseYear?: number; reason: string };

/**
 * A target beyond the best peer's pace, or below the area's own, needs a reason (it is never refused):
 * the flag the form shows, computed again on the server, for the target form and the import alike.
 * The problem code when the target is flagged and has no reason; null otherwise (or for a closed period).
 */
export function reasonNeededFor(target: ProposedTarget): "reason_required_ambitious" | "reason_required_undemanding" | null {
  const area = getAreaByCode(target.areaCode);
  const period = findPeriod(listPlanPeriods(), target.period);
  if (target.reason || !area || !period || period.state !== "open") return null;
  const proposed = { kind: target.kind, value: target.value, baseYear: target.baseYear ?? period.baseYear, targetYear: period.targetYear };
  const flag = proposedTargetFlag(area, period, target.indicatorKey, proposed);
  return flag === "ambitious" ? "reason_required_ambitious" : flag === "undemanding" ? "reason_required_undemanding" : null;
}
