import type { Role } from "@/db/schema";

// Every permission the app checks, by name, and which roles hold it. The one place to change who may do what.
export const PERMISSIONS = [
  "areas.read",
  "areas.read_pending", // see areas and accounts still waiting for approval
  "values.write", // own area only, unless also "areas.write_any"
  "targets.write", // own area only, unless also "areas.write_any"
  "areas.write_any",
  "accounts.review", // approve or reject pending accounts and areas
  "groups.save", // save a hand-picked peer group under a name
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ["areas.read", "areas.read_pending", "values.write", "targets.write", "areas.write_any", "accounts.review", "groups.save"],
  evaluator: ["areas.read", "areas.read_pending", "groups.save"],
  official: ["areas.read", "values.write", "targets.write", "groups.save"],
  viewer: ["areas.read", "groups.save"],
};

// Anonymous visitors read the public dashboards (active areas, their values, targets and progress)
// and the read API; every write needs a signed-in, active account.
const ANONYMOUS_PERMISSIONS: readonly Permission[] = ["areas.read"];
const READ_ONLY: readonly Permission[] = ["areas.read"];

export type Actor = {
  id: number;
  role: Role;
  status: "active" | "pending" | "rejected";
  areaId: number | null;
};

export function permissionsOf(actor: Actor | null): readonly Permission[] {
  if (!actor) return ANONYMOUS_PERMISSIONS;
  // A pending (or rejected) account can sign in and read, never write.
  if (actor.status !== "active") return READ_ONLY;
  return ROLE_PERMISSIONS[actor.role];
}

export function can(actor: Actor | null, permission: Permission): boolean {
  return permissionsOf(actor).includes(permission);
}

/** May this actor change this area's values or targets? The queries apply the same rule in SQL. */
export function canWriteArea(actor: Actor | null, areaId: number, permission: "values.write" | "targets.write"): boolean {
  if (!actor || !can(actor, permission)) return false;
  return can(actor, "areas.write_any") || actor.areaId === areaId;
}
