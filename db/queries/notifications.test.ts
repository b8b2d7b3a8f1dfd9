import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-notifications-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { areas, users } from "@/db/schema";
import { setNotificationSender, type OutgoingNotification } from "@/lib/notifications/deliver";
import { getTodo } from "@/lib/services/todo";
import { prepareDatabase } from "@/scripts/prepare-db";
import { countUnreadNotifications, listUnreadNotifications, markNotificationsRead } from "./notifications";
import { changeAreaYearStatus } from "./review";

function who(email: string) {
  return getDb()
    .select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId, areaCode: areas.code })
    .from(users)
    .leftJoin(areas, eq(areas.id, users.areaId))
    .where(eq(users.email, email))
    .get()!;
}
const OFFICIAL = "official.huangshi@demo.local";
const EVALUATOR = "evaluator@demo.local";
const kinds = (email: string) => listUnreadNotifications(who(email).id).map((n) => `${n.kind}:${n.areaCode}/${n.year}`);
const sent: OutgoingNotification[][] = [];

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  setNotificationSender((entries) => {
    sent.push([...entries]);
  });
}, 60_000);

afterAll(() => {
  setNotificationSender(null);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("notifications of status changes", () => {
  it("starts with none", () => {
    expect(kinds(EVALUATOR)).toEqual([]);
    expect(kinds(OFFICIAL)).toEqual([]);
  });

  it("tells the evaluators of a submission (not the official who made it), and hands it to the sender once committed", () => {
    changeAreaYearStatus({ actor: who(OFFICIAL), areaCode: "huangshi", year: 2024, transition: "submit", comment: "" });
    expect(kinds(EVALUATOR)).toEqual(["submitted:huangshi/2024"]);
    expect(kinds(OFFICIAL)).toEqual([]);
    expect(sent.at(-1)).toEqual([{ userId: who(EVALUATOR).id, kind: "submitted", areaId: who(OFFICIAL).areaId, year: 2024 }]);
  });

  it("tells the area's official of a return and of an approval; a reopening tells no one", () => {
    const evaluator = who(EVALUATOR);
    changeAreaYearStatus({ actor: evaluator, areaCode: "huangshi", year: 2024, transition: "return", comment: "请核实（测试）" });
    changeAreaYearStatus({ actor: who(OFFICIAL), areaCode: "huangshi", year: 2024, transition: "submit", comment: "" });
    changeAreaYearStatus({ actor: evaluator, areaCode: "huangshi", year: 2024, transition: "approve", comment: "" });
    const before = countUnreadNotifications(who(OFFICIAL).id);
    changeAreaYearStatus({ actor: evaluator, areaCode: "huangshi", year: 2024, transition: "reopen", comment: "修订（测试）" });
    expect(kinds(OFFICIAL)).toEqual(["approved:huangshi/2024", "returned:huangshi/2024"]);
    expect(countUnreadNotifications(who(OFFICIAL).id)).toBe(before);
    // An official of another area hears nothing of it.
    expect(kinds("official.zigong@demo.local")).toEqual([]);
  });

  it("sends nothing for a refused change", () => {
    const count = sent.length;
    expect(() => changeAreaYearStatus({ actor: who(EVALUATOR), areaCode: "huangshi", year: 2024, transition: "approve", comment: "" })).toThrow();
    expect(sent.length).toBe(count);
  });
});

describe("deadline notifications", () => {
  it("adds an official's overdue year once, however often the to-do page is opened", () => {
    const official = who("official.xiaolan-etdz@demo.local");
    const now = new Date("2026-12-06T02:00:00Z");
    getTodo(official, now, { record: true });
    getTodo(official, now, { record: true });
    expect(kinds("official.xiaolan-etdz@demo.local")).toEqual(["overdue:xiaolan-etdz/2025"]);
    // Without record (the header's counts), nothing is added.
    getTodo(who("official.zigong@demo.local"), now);
    expect(kinds("official.zigong@demo.local")).toEqual([]);
  });
});

describe("marking read", () => {
  it("marks only the caller's own entries: another person's ids are left unread", () => {
    const evaluator = who(EVALUATOR);
    const official = who(OFFICIAL);
    const theirs = listUnreadNotifications(official.id).map((n) => n.id);
    expect(markNotificationsRead(evaluator.id, theirs)).toBe(0);
    expect(countUnreadNotifications(official.id)).toBe(theirs.length);
    expect(markNotificationsRead(official.id, [theirs[0]!])).toBe(1);
    expect(countUnreadNotifications(official.id)).toBe(theirs.length - 1);
    expect(markNotificationsRead(official.id)).toBe(theirs.length - 1);
    expect(countUnreadNotifications(official.id)).toBe(0);
  });
});
