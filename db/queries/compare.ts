import "server-only";
import { and, asc, eq, inArray, max, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, indicators, indicatorValues, savedGroups } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { computeComposite, DEFAULT_WINDOW_START, type Observation, type ObservationFeed, type ScoredIndicator } from "@/lib/domain/composite";
import { formatGroupSpec, selectPeers, type GroupSpec } from "@/lib/domain/peer-groups";
import { AppError } from "@/lib/errors";
import { GROUP_RESULTS_KEPT, memoUntilWrite, SCORE_TABLES } from "./memo";
import { valueColumns } from "./value-columns";

/** Every active area with what peer groups are formed from. */
function readPeerAreas() {
  return getDb()
    .select({
      id: areas.id,
      code: areas.code,
      nameZh: areas.nameZh,
      nameEn: areas.nameEn,
      level: areas.level,
      wave: areas.wave,
      province: areas.province,
      resourceType: areas.resourceType,
    })
    .from(areas)
    .where(eq(areas.status, "active"))
    .orderBy(asc(areas.id))
    .all();
}

/**
 * Every active area, in id order: what groups are chosen from. Compare, rankings, the summary and
 * the overview all read it, at 3,000 areas, on every request; it is read once and kept until the
 * areas change. Shared by every request, hence frozen.
 */
export function listPeerAreas(): readonly PeerAreaRow[] {
  return memoUntilWrite("peer-areas", "active", () => Object.freeze(readPeerAreas().map((a) => Object.freeze(a))), ["areas"]);
}

export type PeerAreaRow = ReturnType<typeof readPeerAreas>[number];

/** Indicators that enter the composite: a direction to be better in and a dimension to count toward. */
export function listScoredIndicators(): ScoredIndicator[] {
  return getDb()
    .select({ key: indicators.key, direction: indicators.direction, dimension: indicators.dimension })
    .from(indicators)
    .where(and(ne(indicators.direction, "context"), ne(indicators.dimension, "context")))
    .orderBy(asc(indicators.sortOrder))
    .all() as ScoredIndicator[];
}

/**
 * The values of these active areas and indicators in from…to, as a feed for computeComposite: at
 * 3,000 areas a group's window is some 310,000 values, so they come from the columns kept in memory
 * (value-columns.ts) and no object is built for each. Area codes come from the kept peer areas.
 */
export function observationFeed(areaIds: number[], indicatorKeys: string[], from: number, to: number): ObservationFeed {
  return (add) => {
    if (areaIds.length === 0 || indicatorKeys.length === 0) return;
    const wanted = new Set(areaIds);
    const codeOf = new Map(listPeerAreas().filter((a) => wanted.has(a.id)).map((a) => [a.id, a.code]));
    for (const [indicatorKey, { areaIds: ids, years, values }] of valueColumns(indicatorKeys, from)) {
      for (let i = 0; i < years.length; i++) {
        const year = years[i]!;
        if (year < from || year > to) continue;
        const areaCode = codeOf.get(ids[i]!);
        if (areaCode !== undefined) add(areaCode, indicatorKey, year, values[i]!);
      }
    }
  };
}

/** The same values as a list, for the callers that read a few indicators or a small group. */
export function getObservations(areaIds: number[], indicatorKeys: string[], from: number, to: number): Observation[] {
  const out: Observation[] = [];
  observationFeed(areaIds, indicatorKeys, from, to)((areaCode, indicatorKey, year, value) => out.push({ areaCode, indicatorKey, year, value }));
  return out;
}

export function getSavedGroup(id: number) {
  const row = getDb()
    .select({ id: savedGroups.id, name: savedGroups.name, areaCodes: savedGroups.areaCodes, ownerId: savedGroups.ownerId })
    .from(savedGroups)
    .where(eq(savedGroups.id, id))
    .get();
  return row ? { ...row, areaCodes: row.areaCodes.split(",").filter(Boolean) } : undefined;
}

export function listSavedGroups(ownerId: number) {
  return getDb()
    .select({ id: savedGroups.id, name: savedGroups.name, areaCodes: savedGroups.areaCodes })
    .from(savedGroups)
    .where(eq(savedGroups.ownerId, ownerId))
    .orderBy(asc(savedGroups.name))
    .all()
    .map((g) => ({ ...g, areaCodes: g.areaCodes.split(",").filter(Boolean) }));
}

/** Save a hand-picked group under a name for its owner; only active areas may be in it. */
export function createSavedGroup(actor: Actor, params: { name: string; areaCodes: string[] }) {
  if (!can(actor, "groups.save")) throw new AppError("forbidden");
  return getDb().transaction((tx) => {
    const known = tx
      .select({ code: areas.code })
      .from(areas)
      .where(and(inArray(areas.code, params.areaCodes), eq(areas.status, "active")))
      .all();
    if (known.length !== new Set(params.areaCodes).size) throw new AppError("bad_request", "unknown_area_in_group");
    return tx
      .insert(savedGroups)
      .values({ name: params.name, areaCodes: params.areaCodes.join(","), ownerId: actor.id })
      .returning({ id: savedGroups.id })
      .get();
  });
}

/**
 * The latest year any area reported a value (the default year of the comparison views). No index
 * leads with the year, so this reads every value: kept until the values change.
 */
export function getLatestDataYear(): number | null {
  return memoUntilWrite("latest-year", "", () => getDb().select({ year: max(indicatorValues.year) }).from(indicatorValues).get()?.year ?? null, ["indicator_values"]);
}

export type ResolvedGroup = { spec: string; members: PeerAreaRow[]; savedName: string | null };

/** The members of a group spec among the active areas; a saved group by its id (404 when unknown). */
export function resolveGroup(spec: GroupSpec, allAreas: readonly PeerAreaRow[]): ResolvedGroup {
  if (spec.kind === "saved") {
    const saved = getSavedGroup(spec.id);
    if (!saved) throw new AppError("not_found", `Unknown group: saved:${spec.id}`);
    return { spec: formatGroupSpec(spec), members: selectPeers({ kind: "areas", codes: saved.areaCodes }, allAreas), savedName: saved.name };
  }
  return { spec: formatGroupSpec(spec), members: selectPeers(spec, allAreas), savedName: null };
}

/**
 * The composite index of one group for one year: the query and the method, end to end. Kept until
 * the next write (several hundred milliseconds at 3,000 areas, and every page of a group shares it).
 */
export function computeGroupComposite(members: readonly PeerAreaRow[], year: number) {
  const key = `${year}:${members.map((m) => m.id).join(",")}`;
  return memoUntilWrite("group-composite", key, () => {
    const indicators = listScoredIndicators();
    const observations = observationFeed(
      members.map((m) => m.id),
      indicators.map((i) => i.key),
      DEFAULT_WINDOW_START,
      year,
    );
    return computeComposite({ year, areaCodes: members.map((m) => m.code), indicators, observations });
  }, SCORE_TABLES, GROUP_RESULTS_KEPT);
}
