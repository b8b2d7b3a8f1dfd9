import "server-only";
import { readApprovedAreaYears } from "@/db/queries/approvals";
import { audienceOf, type ApprovedAreaYears, type Audience } from "@/lib/domain/audience";
import { env } from "@/lib/env";
import { keptUntilWrite } from "./cache";

// Published means approved (lib/domain/audience.ts): the approved area-years, read once and kept
// until the next write, and the audience of a reader under this server's PUBLIC_DATA setting.

export type { Audience };

const NONE: ReadonlySet<number> = Object.freeze(new Set<number>());

/** Every approved area-year, by area id (shared: read-only). */
export function approvedAreaYears(): ApprovedAreaYears {
  return keptUntilWrite("approved-area-years", "all", readApprovedAreaYears);
}

/** One area's approved years. */
export function approvedYearsOf(areaId: number): ReadonlySet<number> {
  return approvedAreaYears().get(areaId) ?? NONE;
}

/** The audience of a reader (null: signed out) under PUBLIC_DATA. */
export function audienceOfReader(actor: { role: string; status: string } | null): Audience {
  return audienceOf(actor, env.PUBLIC_DATA);
}
