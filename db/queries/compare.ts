import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, indicators, savedGroups } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { ScoredIndicator } from "@/lib/domain/composite";
import { AppError } from "@/lib/errors";

/**
 * Every active area, in id order, with what peer groups are formed from (lib/services/kept-reads.ts
 * keeps it: compare, rankings, the summary and the overview read it on every request).
 */
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
      yearDesignated: areas.yearDesignated,
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

