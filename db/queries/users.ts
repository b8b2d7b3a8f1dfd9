import "server-only";
import { and, asc, desc, eq, inArray, like } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areaCities, areas, auditLog, users, type Locale, type NewArea } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { audit } from "./audit-write";
import { beginAttemptIn, type AttemptPolicy } from "./login-attempts";
import { countLiveSessions, endSessionsOf } from "./sessions";

/** For sign-in only: the one query that reads a password hash. */
export function getCredentialsByEmail(email: string) {
  return getDb()
    .select({ id: users.id, passwordHash: users.passwordHash, status: users.status, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.email, email))
    .get();
}

/** Why an account's registration was declined: the reason of the latest rejection in the audit trail (null without one). */
export function getRejectionReason(userId: number): string | null {
  return (
    getDb()
      .select({ reason: auditLog.reason })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "user"), eq(auditLog.entityKey, `user:${userId}`), eq(auditLog.action, "status"), like(auditLog.newValue, '%"rejected"%')))
      .orderBy(desc(auditLog.id))
      .get()?.reason ?? null
  );
}

/** The signed-in user as guards see them: always read fresh, so approvals and role changes apply at once. */
export function getActorById(id: number) {
  return getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      status: users.status,
      areaId: users.areaId,
      locale: users.locale,
      areaCode: areas.code,
    })
    .from(users)
    .leftJoin(areas, eq(users.areaId, areas.id))
    .where(eq(users.id, id))
    .get();
}

export type RegisterOfficialParams = {
  name: string;
  email: string;
  passwordHash: string;
  locale: Locale;
  /** Counted with the registration itself: registrations from one client address are limited. */
  throttle: { key: string; policy: AttemptPolicy; now: number };
} & (
  | { claimAreaCode: string; newArea?: never; newAreaCities?: never }
  | {
      newArea: Omit<NewArea, "id" | "status" | "createdAt" | "updatedAt">;
      /** Its member cities in order, each in the languages given. */
      newAreaCities: { nameZh: string | null; nameEn: string | null }[];
      claimAreaCode?: never;
    }
);

/**
 * A new official (and, if they register one, a new area) — both pending until an admin approves.
 *
 * An email that already has an account gets the same answer as a new one and creates nothing: the
 * form must not tell a stranger which emails have accounts. So the checks that can refuse (the limit
 * per address, the area) come first, the same for every email, and the email is looked at last.
 * `created` is for the tests and the log; the caller answers the same either way.
 */
export function registerOfficial(params: RegisterOfficialParams): { created: boolean } {
  const db = getDb();
  return db.transaction((tx) => {
    const { key, policy, now } = params.throttle;
    if (!beginAttemptIn(tx, [{ key, policy }], now).allowed) throw new AppError("forbidden", "registration_throttled");

    let claimedAreaId: number | null = null;
    if (params.newArea) {
      if (tx.select({ id: areas.id }).from(areas).where(eq(areas.code, params.newArea.code)).get()) {
        throw new AppError("conflict", "area_code_taken");
      }
    } else {
      const area = tx
        .select({ id: areas.id })
        .from(areas)
        .where(and(eq(areas.code, params.claimAreaCode), eq(areas.status, "active")))
        .get();
      if (!area) throw new AppError("not_found", "area_not_found");
      claimedAreaId = area.id;
    }
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, params.email)).get()) return { created: false };

    let areaId: number;
    if (params.newArea) {
      areaId = tx.insert(areas).values({ ...params.newArea, status: "pending" }).returning({ id: areas.id }).get().id;
      const cities = params.newAreaCities.filter((c) => c.nameZh || c.nameEn);
      if (cities.length > 0) tx.insert(areaCities).values(cities.map((c, position) => ({ areaId, position, nameZh: c.nameZh || null, nameEn: c.nameEn || null }))).run();
      audit(tx, { actorId: null, action: "create", entity: "area", entityKey: params.newArea.code, areaId, new: { ...params.newArea, memberCities: cities, status: "pending" } });
    } else {
      areaId = claimedAreaId!;
    }
    const user = tx
      .insert(users)
      .values({
        name: params.name,
        email: params.email,
        passwordHash: params.passwordHash,
        role: "official",
        areaId,
        status: "pending",
        locale: params.locale,
      })
      .returning({ id: users.id })
      .get();
    audit(tx, {
      actorId: user.id,
      action: "create",
      entity: "user",
      entityKey: `user:${user.id}`,
      areaId,
      new: { email: params.email, name: params.name, role: "official", status: "pending" },
    });
    return { created: true };
  });
}

export function listPendingAccounts() {
  return getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      createdAt: users.createdAt,
      areaCode: areas.code,
      areaNameZh: areas.nameZh,
      areaNameEn: areas.nameEn,
      areaId: areas.id,
      areaStatus: areas.status,
      areaLevel: areas.level,
      areaProvince: areas.province,
      areaWave: areas.wave,
      areaType: areas.type,
      areaResourceType: areas.resourceType,
      areaYearDesignated: areas.yearDesignated,
    })
    .from(users)
    .leftJoin(areas, eq(users.areaId, areas.id))
    .where(eq(users.status, "pending"))
    .orderBy(asc(users.createdAt), asc(users.id))
    .all();
}

/**
 * Approve or reject a pending account; a pending area registered with it follows the same decision.
 * The reviewer's permission is checked here too, not only in the action.
 */
export function reviewAccount(actor: Actor, params: { userId: number; decision: "approve" | "reject"; reason?: string | null }) {
  if (!can(actor, "accounts.review")) throw new AppError("forbidden");
  const status = params.decision === "approve" ? "active" : "rejected";
  return getDb().transaction((tx) => {
    const user = tx
      .select({ id: users.id, areaId: users.areaId, status: users.status })
      .from(users)
      .where(eq(users.id, params.userId))
      .get();
    if (!user) throw new AppError("not_found");
    if (user.status !== "pending") throw new AppError("conflict", "already_reviewed");
    tx.update(users).set({ status, updatedAt: new Date() }).where(eq(users.id, user.id)).run();
    const reason = params.reason?.trim() || null;
    audit(tx, { actorId: actor.id, action: "status", entity: "user", entityKey: `user:${user.id}`, areaId: user.areaId, old: { status: "pending" }, new: { status }, reason });
    if (user.areaId !== null) {
      const changed = tx
        .update(areas)
        .set({ status, updatedAt: new Date() })
        .where(and(eq(areas.id, user.areaId), eq(areas.status, "pending")))
        .returning({ code: areas.code })
        .get();
      if (changed) {
        audit(tx, { actorId: actor.id, action: "status", entity: "area", entityKey: changed.code, areaId: user.areaId, old: { status: "pending" }, new: { status }, reason });
      }
    }
    return { status };
  });
}

/**
 * A new password for one's own account. Every other session of the account ends with it (the
 * current one, `keepSessionId`, goes on), in the same transaction: whoever else held a session —
 * perhaps the reason for the change — is signed out at their next request. The caller has checked
 * the current password.
 */
export function changeOwnPassword(params: { userId: number; passwordHash: string; keepSessionId: string | null }): { endedSessions: number } {
  return getDb().transaction((tx) => {
    const user = tx.select({ id: users.id, areaId: users.areaId }).from(users).where(eq(users.id, params.userId)).get();
    if (!user) throw new AppError("not_found");
    tx.update(users).set({ passwordHash: params.passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id)).run();
    const endedSessions = endSessionsOf(user.id, params.keepSessionId, tx);
    // The hash is never written to the audit trail; that it changed is.
    audit(tx, { actorId: user.id, action: "update", entity: "user", entityKey: `user:${user.id}`, areaId: user.areaId, new: { password: "changed" } });
    return { endedSessions };
  });
}

/** Every account, for the administrators' list: chosen columns and the number of live sessions. */
export function listAccounts(now: number = Date.now()) {
  const rows = getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      status: users.status,
      isDemo: users.isDemo,
      areaCode: areas.code,
      areaNameZh: areas.nameZh,
      areaNameEn: areas.nameEn,
    })
    .from(users)
    .leftJoin(areas, eq(users.areaId, areas.id))
    .orderBy(asc(users.email))
    .all();
  const sessions = countLiveSessions(now);
  return rows.map((row) => ({ ...row, sessions: sessions.get(row.id) ?? 0 }));
}

export type SetAccountStatusParams = { userId: number; change: "deactivate" | "reactivate"; reason: string };

/**
 * Deactivate an active or pending account, or reactivate a deactivated one (to active), with the
 * reason in the audit trail. Deactivation ends every session of the account in the same
 * transaction, and the account cannot sign in until reactivated; its data and history stay. An
 * administrator cannot deactivate themselves (so one always remains). Checked here too, not only in
 * the action.
 */
export function setAccountStatus(actor: Actor, params: SetAccountStatusParams): { endedSessions: number } {
  if (!can(actor, "accounts.manage")) throw new AppError("forbidden");
  if (params.change === "deactivate" && params.userId === actor.id) throw new AppError("conflict", "cannot_deactivate_self");
  const [from, to] = params.change === "deactivate" ? [["active", "pending"] as const, "deactivated" as const] : [["deactivated"] as const, "active" as const];
  return getDb().transaction((tx) => {
    const user = tx.select({ id: users.id, areaId: users.areaId, status: users.status }).from(users).where(eq(users.id, params.userId)).get();
    if (!user) throw new AppError("not_found");
    const changed = tx
      .update(users)
      .set({ status: to, updatedAt: new Date() })
      .where(and(eq(users.id, user.id), inArray(users.status, [...from])))
      .run().changes;
    // Already changed by someone else (or never in a state this change applies to).
    if (changed === 0) throw new AppError("conflict", "account_state_changed");
    const endedSessions = to === "deactivated" ? endSessionsOf(user.id, null, tx) : 0;
    audit(tx, {
      actorId: actor.id,
      action: "status",
      entity: "user",
      entityKey: `user:${user.id}`,
      areaId: user.areaId,
      old: { status: user.status },
      new: { status: to },
      reason: params.reason,
    });
    return { endedSessions };
  });
}

export function setUserLocale(userId: number, locale: Locale) {
  getDb().update(users).set({ locale }).where(eq(users.id, userId)).run();
}
