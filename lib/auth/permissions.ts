import type { Role, UserStatus } from "@/db/schema";

// Every permission the app checks, by name, and which roles hold it. The one place to change who may
// do what; which areas a permission reaches (own area or every area) is in area-scope.ts.
export const PERMISSIONS = [
  "areas.read",
  "areas.read_pending", // see areas and accounts still waiting for approval
  "values.write", // an area's yearly values
  "targets.write", // an area's targets of an open plan period
  "target_requests.file", // ask for a target change once the period's target-year values are submitted
  "target_requests.decide", // approve (applying it) or decline a requested target change
  "areas.write_any", // values and targets of every area, not only one's own
  "accounts.review", // approve or reject pending accounts and areas
  "accounts.manage", // list every account; deactivate (ending its sessions) and reactivate accounts
  "account.password", // change one's own password (every signed-in account, pending ones too)
  "groups.save", // save a hand-picked peer group under a name
  "submissions.submit", // send an area-year for review
  "submissions.review", // approve, return or reopen an area-year
  "submissions.comment", // comment on an area-year
  "audit.read", // read the audit trail of every change
  "values.import", // upload a spreadsheet of values (each row goes through "values.write")
  "values.export", // download values as .xlsx/.csv
  "values.export_all", // download any area's values, or all areas' at once
  "assessments.write", // enter the evaluator's qualitative scores and comments of an area-year
  "grades.decide", // confirm or override the proposed annual grade of an area
  "official_results.write", // record a published result of the national evaluation, with its source
  "summaries.bundle", // have the server make all summaries of a year as one .zip (heavy: not for anonymous visitors)
  "documents.configure", // set the issuing body and the number pattern of the summary documents
  "calendar.manage", // set the reporting calendar: when each year's data are due and its review should end
  "notifications.read", // read one's own notifications on the to-do page and mark them read
  "attachments.write", // attach evidence files to an area-year or one of its values, and remove them, while the year is editable
  "attachments.read", // list and download an area-year's evidence files (never the public's)
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    "areas.read",
    "areas.read_pending",
    "values.write",
    "targets.write",
    "target_requests.decide",
    "areas.write_any",
    "accounts.review",
    "accounts.manage",
    "account.password",
    "groups.save",
    "submissions.submit",
    "submissions.review",
    "submissions.comment",
    "audit.read",
    "values.import",
    "values.export",
    "values.export_all",
    "assessments.write",
    "grades.decide",
    "official_results.write",
    "summaries.bundle",
    "documents.configure",
    "calendar.manage",
    "notifications.read",
    "attachments.write",
    "attachments.read",
  ],
  evaluator: [
    "areas.read",
    "account.password",
    "areas.read_pending",
    "groups.save",
    "submissions.review",
    "submissions.comment",
    "target_requests.decide",
    "audit.read",
    "values.export",
    "values.export_all",
    "assessments.write",
    "grades.decide",
    "official_results.write",
    "summaries.bundle",
    "notifications.read",
    "attachments.read",
  ],
  official: [
    "areas.read",
    "account.password",
    "values.write",
    "targets.write",
    "target_requests.file",
    "groups.save",
    "submissions.submit",
    "submissions.comment",
    "values.import",
    "values.export",
    "notifications.read",
    "attachments.write",
    "attachments.read",
  ],
  viewer: ["areas.read", "account.password", "groups.save", "notifications.read"],
};

// Anonymous visitors read the public dashboards (active areas, their values, targets and progress)
// and the read API; every write needs a signed-in, active account.
const ANONYMOUS_PERMISSIONS: readonly Permission[] = ["areas.read"];
// A pending account reads, and may change its own password. Rejected and deactivated accounts cannot
// sign in (their sessions end); were one signed in, it would only read.
const PENDING: readonly Permission[] = ["areas.read", "account.password"];
const READ_ONLY: readonly Permission[] = ["areas.read"];

export type Actor = {
  id: number;
  role: Role;
  status: UserStatus;
  areaId: number | null;
};

export function permissionsOf(actor: Actor | null): readonly Permission[] {
  if (!actor) return ANONYMOUS_PERMISSIONS;
  // A pending account can sign in and read, never write.
  if (actor.status === "pending") return PENDING;
  if (actor.status !== "active") return READ_ONLY;
  return ROLE_PERMISSIONS[actor.role];
}

export function can(actor: Actor | null, permission: Permission): boolean {
  return permissionsOf(actor).includes(permission);
}
