// Who sees which numbers. Published means approved: anonymous visitors and viewers (the public)
// see the values of approved area-years only; officials, evaluators and administrators (the full
// audience) see every value, those of years not yet approved marked provisional. PUBLIC_DATA=all
// opens every value to the public too. Kept results are kept per audience (the audience is part of
// every kept key), so neither audience is ever answered with the other's numbers.

export type Audience = "public" | "full";
export type PublicData = "approved" | "all";

/** The roles that see every value, approved or not. */
const FULL_ROLES: ReadonlySet<string> = new Set(["official", "evaluator", "admin"]);

/**
 * The audience of a reader: an active official, evaluator or administrator sees everything; anyone
 * else (signed out, a viewer, an account still pending or no longer active) sees what is published,
 * which is every value when PUBLIC_DATA=all.
 */
export function audienceOf(actor: { role: string; status: string } | null, publicData: PublicData): Audience {
  if (actor && actor.status === "active" && FULL_ROLES.has(actor.role)) return "full";
  return publicData === "all" ? "full" : "public";
}

/** The approved years of each area, by area id: what the public audience is shown. */
export type ApprovedAreaYears = ReadonlyMap<number, ReadonlySet<number>>;

/** Whether the value of an area-year is shown to an audience. */
export function isPublished(approved: ApprovedAreaYears, areaId: number, year: number): boolean {
  return approved.get(areaId)?.has(year) ?? false;
}

/**
 * The points an audience is shown of one area: all of them to the full audience, those of approved
 * years to the public. The same array when nothing is left out, so a kept series stays shared.
 */
export function visiblePoints<T extends { year: number }>(points: readonly T[], audience: Audience, approvedYears: ReadonlySet<number>): readonly T[] {
  if (audience === "full") return points;
  const shown = points.filter((p) => approvedYears.has(p.year));
  return shown.length === points.length ? points : shown;
}

/** A value the full audience is shown before its year is approved: marked provisional on the page. */
export function isProvisional(audience: Audience, approvedYears: ReadonlySet<number>, year: number): boolean {
  return audience === "full" && !approvedYears.has(year);
}

/**
 * A short signature of a set of approved area-years (their count and a 32-bit FNV-1a hash of the
 * sorted pairs): equal sets sign alike, and a kept key of the public names it.
 */
export function approvalSignature(approved: ApprovedAreaYears): string {
  let hash = 0x811c9dc5;
  let count = 0;
  const mix = (n: number) => {
    for (let shift = 0; shift < 32; shift += 8) {
      hash ^= (n >>> shift) & 0xff;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  };
  for (const areaId of [...approved.keys()].sort((a, b) => a - b)) {
    for (const year of [...approved.get(areaId)!].sort((a, b) => a - b)) {
      mix(areaId);
      mix(year);
      count++;
    }
  }
  return `${count}.${hash.toString(36)}`;
}
