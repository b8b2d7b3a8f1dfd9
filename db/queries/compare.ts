import "server-only";
import { and, asc, between, eq, inArray, max, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, indicators, indicatorValues, savedGroups } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { computeComposite, DEFAULT_WINDOW_START, type Observation, type ScoredIndicator } from "@/lib/domain/composite";
import { formatGroupSpec, selectPeers, type GroupSpec } from "@/lib/domain/peer-groups";
import { AppError } from "@/lib/errors";
import { memoUntilWrite, SCORE_TABLES } from "./memo";

/** Every active area with what peer groups are formed from. */
export function listPeerAreas() {
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

export type PeerAreaRow = ReturnType<typeof listPeerAreas>[number];

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
 * The values of the given areas and indicators over a window of years. One query per indicator
 * returning plain arrays, answered from a covering index, with the area filter applied in memory:
 * at national scale (3,000 areas × 25 indicators × 8 years) several times faster than object rows
 * with a 3,000-element IN list.
 */
export function getObservations(areaIds: number[], indicatorKeys: string[], from: number, to: number): Observation[] {
  if (areaIds.length === 0 || indicatorKeys.length === 0) return [];
  const db = getDb();
  const wanted = new Set(areaIds);
  const codeOf = new Map(
    db
      .select({ id: areas.id, code: areas.code })
      .from(areas)
      .all()
      .filter((a) => wanted.has(a.id))
      .map((a) => [a.id, a.code]),
  );
  const query = db
    .select({ areaId: indicatorValues.areaId, year: indicatorValues.year, value: indicatorValues.value })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorKey, sql.placeholder("key")), between(indicatorValues.year, from, to)))
    .prepare();
  const out: Observation[] = [];
  for (const indicatorKey of indicatorKeys) {
    for (const [areaId, year, value] of query.values({ key: indicatorKey }) as [number, number, number][]) {
      const areaCode = codeOf.get(areaId);
      if (areaCode !== undefined) out.push({ areaCode, indicatorKey, year, value });
    }
  }
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
export function resolveGroup(spec: GroupSpec, allAreas: PeerAreaRow[]): ResolvedGroup {
  if (spec.kind === "saved") {
    const saved = getSavedGroup(spec.id);
    if (!saved) throw new AppError("not_found", `Unknown group: saved:${spec.id}`);
    return { spec: formatGroupSpec(spec), members: selectPeers({ kind: "areas", codes: saved.areaCodes }, allAreas), savedName: saved.name };
  }
  return { spec: formatGroupSpec(spec), members: selectPeers(spec, allAreas), savedName: null };
}

// One composite of all 3,000 areas holds about 7 MiB: 24 of them would not fit the server's 256 MiB
// heap beside everything else.
const COMPOSITES_KEPT = 8;

/**
 * The composite index of one group for one year: the query and the method, end to end. Kept until
 * the next write (several hundred milliseconds at 3,000 areas, and every page of a group shares it).
 */
export function computeGroupComposite(members: PeerAreaRow[], year: number) {
  const key = `${year}:${members.map((m) => m.id).join(",")}`;
  return memoUntilWrite("group-composite", key, () => {
    const indicators = listScoredIndicators();
    const observations = getObservations(
      members.map((m) => m.id),
      indicators.map((i) => i.key),
      DEFAULT_WINDOW_START,
      year,
    );
    return computeComposite({ year, areaCodes: members.map((m) => m.code), indicators, observations });
  }, SCORE_TABLES, COMPOSITES_KEPT);
}
