import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areaCities, areas, users, type Locale, type NewArea } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { audit } from "./audit-write";

/** For sign-in only: the one query that reads a password hash. */
export function getCredentialsByEmail(email: string) {
  return getDb()
    .select({ id: users.id, passwordHash: users.passwordHash, status: users.status, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.email, email))
    .get();
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
} & (
  | { claimAreaCode: string; newArea?: never; newAreaCities?: never }
  | {
      newArea: Omit<NewArea, "id" | "status" | "createdAt" | "updatedAt">;
      /** Its member cities in order, each in the languages given. */
      newAreaCities: { nameZh: string | null; nameEn: string | null }[];
      claimAreaCode?: never;
    }
);

/** A new official (and, if they register one, a new area) — both pending until an admin approves. */
export function registerOfficial(params: RegisterOfficialParams): { userId: number } {
  const db = getDb();
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, params.email)).get()) {
      throw new AppError("conflict", "email_taken");
    }
    let areaId: number;
    if (params.newArea) {
      if (tx.select({ id: areas.id }).from(areas).where(eq(areas.code, params.newArea.code)).get()) {
        throw new AppError("conflict", "area_code_taken");
      }
      areaId = tx.insert(areas).values({ ...params.newArea, status: "pending" }).returning({ id: areas.id }).get().id;
      const cities = params.newAreaCities.filter((c) => c.nameZh || c.nameEn);
      if (cities.length > 0) tx.insert(areaCities).values(cities.map((c, position) => ({ areaId, position, nameZh: c.nameZh || null, nameEn: c.nameEn || null }))).run();
      audit(tx, { actorId: null, action: "create", entity: "area", entityKey: params.newArea.code, areaId, new: { ...params.newArea, memberCities: cities, status: "pending" } });
    } else {
      const area = tx
        .select({ id: areas.id })
        .from(areas)
        .where(and(eq(areas.code, params.claimAreaCode), eq(areas.status, "active")))
        .get();
      if (!area) throw new AppError("not_found", "area_not_found");
      areaId = area.id;
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
    return { userId: user.id };
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
      areaStatus: areas.status,
      areaLevel: areas.level,
      areaProvince: areas.province,
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
export function reviewAccount(actor: Actor, params: { userId: number; decision: "approve" | "reject" }) {
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
    audit(tx, { actorId: actor.id, action: "status", entity: "user", entityKey: `user:${user.id}`, areaId: user.areaId, old: { status: "pending" }, new: { status } });
    if (user.areaId !== null) {
      const changed = tx
        .update(areas)
        .set({ status, updatedAt: new Date() })
        .where(and(eq(areas.id, user.areaId), eq(areas.status, "pending")))
        .returning({ code: areas.code })
        .get();
      if (changed) {
        audit(tx, { actorId: actor.id, action: "status", entity: "area", entityKey: changed.code, areaId: user.areaId, old: { status: "pending" }, new: { status } });
      }
    }
    return { status };
  });
}

export function setUserLocale(userId: number, locale: Locale) {
  getDb().update(users).set({ locale }).where(eq(users.id, userId)).run();
}
