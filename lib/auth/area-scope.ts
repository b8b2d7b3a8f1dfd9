import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { areas } from "@/db/schema";
import type { RECORD_STATUSES } from "@/lib/domain/enums";
import { can, type Actor, type Permission } from "./permissions";

// Which areas a permission reaches: the one rule, rendered twice below — as SQL for the queries
// (areaScope, put in their WHERE clause) and as a predicate for the pages that decide what to offer
// (canActOnArea). area-scope.test.ts checks that the two agree for every role, permission and area.

type AreaStatus = (typeof RECORD_STATUSES)[number];

/** The permissions held for some areas and not others. */
export const AREA_PERMISSIONS = [
  "values.write",
  "targets.write",
  "target_requests.file",
  "target_requests.decide",
  "submissions.submit",
  "submissions.comment",
  "submissions.review",
  "values.export",
  "assessments.write",
  "grades.decide",
  "official_results.write",
  "attachments.write",
  "attachments.read",
] as const;
export type AreaPermission = (typeof AREA_PERMISSIONS)[number];

/** Holding any of these as well, the permission reaches every area; otherwise only the actor's own. */
const EVERY_AREA: Record<AreaPermission, readonly Permission[]> = {
  "values.write": ["areas.write_any"],
  "targets.write": ["areas.write_any"],
  // Officials ask for their own area's changes; the reviewers decide for every area.
  "target_requests.file": ["areas.write_any"],
  "target_requests.decide": ["target_requests.decide"],
  // Reviewers take part in every area's thread; officials only in their own.
  "submissions.submit": ["areas.write_any", "submissions.review"],
  "submissions.comment": ["areas.write_any", "submissions.review"],
  "submissions.review": ["submissions.review"],
  "values.export": ["values.export_all"],
  "assessments.write": ["assessments.write"],
  "grades.decide": ["grades.decide"],
  "official_results.write": ["official_results.write"],
  "attachments.write": ["areas.write_any"],
  // Evidence is read by the area's officials and by every reviewer.
  "attachments.read": ["areas.write_any", "submissions.review"],
};

const ACTIVE: readonly AreaStatus[] = ["active"];
const ACTIVE_OR_PENDING: readonly AreaStatus[] = ["active", "pending"];

type Reach = { area: number | "every"; statuses: readonly AreaStatus[] };

function reachOf(actor: Actor | null, permission: AreaPermission): Reach | null {
  if (!actor || !can(actor, permission)) return null;
  const every = EVERY_AREA[permission].some((p) => can(actor, p));
  const area = every ? "every" : actor.areaId;
  if (area === null) return null;
  // Work is done on approved areas only. A download also reaches an area still waiting for approval:
  // an official's own, and any for those who may see pending areas.
  const statuses = permission === "values.export" && (!every || can(actor, "areas.read_pending")) ? ACTIVE_OR_PENDING : ACTIVE;
  return { area, statuses };
}

/** The SQL condition on `areas` that a scoped query puts in its WHERE clause: it matches exactly the areas the permission reaches. */
export function areaScope(actor: Actor | null, permission: AreaPermission): SQL {
  const reach = reachOf(actor, permission);
  if (!reach) return sql`0`;
  const statuses = inArray(areas.status, [...reach.statuses]);
  return reach.area === "every" ? statuses : and(eq(areas.id, reach.area), statuses)!;
}

/** The same rule for one area in hand: whether a page offers this actor the action at all. */
export function canActOnArea(actor: Actor | null, permission: AreaPermission, area: { id: number; status: AreaStatus }): boolean {
  const reach = reachOf(actor, permission);
  return !!reach && (reach.area === "every" || reach.area === area.id) && reach.statuses.includes(area.status);
}

/** Whether the permission reaches every area, so that all of them may be asked for at once. */
export function reachesEveryArea(actor: Actor | null, permission: AreaPermission): boolean {
  return reachOf(actor, permission)?.area === "every";
}
