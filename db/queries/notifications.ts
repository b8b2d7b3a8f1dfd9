import "server-only";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, notifications, users, type NotificationKind } from "@/db/schema";
import { deliverNotifications, type OutgoingNotification } from "@/lib/notifications/deliver";
import type { Tx } from "./audit-write";

// The to-do page's notifications: added in the transaction of the change they tell of (a status
// change) or when the to-do page finds a deadline near or passed; read and marked read by their
// recipient only (every query takes the user's id).

/** Who is told of a change of an area-year's state: evaluators of a submission, the area's officials of a return or an approval. */
function recipients(tx: Tx, kind: NotificationKind, areaId: number): number[] {
  const where =
    kind === "submitted"
      ? and(eq(users.role, "evaluator"), eq(users.status, "active"))
      : and(eq(users.role, "official"), eq(users.status, "active"), eq(users.areaId, areaId));
  return tx.select({ id: users.id }).from(users).where(where).all().map((u) => u.id);
}

/** Adds the entries of one status change, in its transaction; answers them for delivery once committed. */
export function addStatusNotifications(tx: Tx, params: { areaId: number; year: number; to: string; actorId: number }): OutgoingNotification[] {
  const kind: NotificationKind | null = params.to === "submitted" ? "submitted" : params.to === "returned" ? "returned" : params.to === "approved" ? "approved" : null;
  if (!kind) return [];
  const entries = recipients(tx, kind, params.areaId)
    .filter((id) => id !== params.actorId)
    .map((userId) => ({ userId, kind: kind as NotificationKind, areaId: params.areaId, year: params.year }));
  if (entries.length > 0) tx.insert(notifications).values(entries).run();
  return entries;
}

/** Adds a deadline entry once per person, area, year, kind and deadline (a changed deadline is told anew). */
export function addDeadlineNotifications(userId: number, items: { kind: "due_soon" | "overdue"; areaId: number; year: number; dataDueOn: string }[]) {
  if (items.length === 0) return;
  const rows = items.map((i) => ({ userId, kind: i.kind, areaId: i.areaId, year: i.year, dedupeKey: `${i.kind}:${i.areaId}:${i.year}:${i.dataDueOn}` }));
  const added = getDb().insert(notifications).values(rows).onConflictDoNothing().returning({ userId: notifications.userId, kind: notifications.kind, areaId: notifications.areaId, year: notifications.year }).all();
  deliverNotifications(added);
}

/** One person's unread entries, newest first (at most 50), with each area's names. */
export function listUnreadNotifications(userId: number) {
  return getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      year: notifications.year,
      createdAt: notifications.createdAt,
      areaCode: areas.code,
      nameZh: areas.nameZh,
      nameEn: areas.nameEn,
    })
    .from(notifications)
    .innerJoin(areas, eq(areas.id, notifications.areaId))
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(50)
    .all();
}

export type UnreadNotification = ReturnType<typeof listUnreadNotifications>[number];

export function countUnreadNotifications(userId: number): number {
  return getDb().select({ n: sql<number>`count(*)` }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).get()?.n ?? 0;
}

/** Marks some (or, without ids, all) of one person's unread entries read; another person's ids are not touched. */
export function markNotificationsRead(userId: number, ids?: number[]): number {
  const where = [eq(notifications.userId, userId), isNull(notifications.readAt)];
  if (ids) where.push(inArray(notifications.id, ids.length > 0 ? ids : [-1]));
  return getDb().update(notifications).set({ readAt: new Date() }).where(and(...where)).run().changes;
}
