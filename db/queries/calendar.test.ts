import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-calendar-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, reportingCalendar, users } from "@/db/schema";
import { prepareDatabase } from "@/scripts/prepare-db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getReportingCalendar, listDeadlines, setReportingDeadlines } from "./calendar";

function actorFor(email: string): Actor {
  return getDb().select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId }).from(users).where(eq(users.email, email)).get()!;
}
const auditCount = () => getDb().select({ n: sql<number>`count(*)` }).from(auditLog).where(eq(auditLog.entity, "reporting_calendar")).get()!.n;

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("the reporting calendar", () => {
  it("starts with the defaults for every year", () => {
    expect(getReportingCalendar().size).toBe(0);
    expect(listDeadlines([2025])).toEqual([{ year: 2025, dataDueOn: "2026-03-31", reviewDueOn: "2026-06-30", isDefault: true }]);
  });

  it("lets an administrator set a year's dates, audited as a creation and then as an update", () => {
    const admin = actorFor("admin@demo.local");
    expect(setReportingDeadlines({ actor: admin, year: 2025, dataDueOn: "2026-04-15", reviewDueOn: "2026-07-31" })).toEqual({ changed: true });
    expect(listDeadlines([2025, 2024]).map((d) => [d.dataDueOn, d.isDefault])).toEqual([["2026-04-15", false], ["2025-03-31", true]]);
    const created = getDb().select().from(auditLog).where(eq(auditLog.entity, "reporting_calendar")).orderBy(sql`${auditLog.id} desc`).get()!;
    expect(created).toMatchObject({ action: "create", entityKey: "calendar/2025", year: 2025, actorId: admin.id, oldValue: null });
    expect(JSON.parse(created.newValue!)).toEqual({ dataDueOn: "2026-04-15", reviewDueOn: "2026-07-31" });

    setReportingDeadlines({ actor: admin, year: 2025, dataDueOn: "2026-04-15", reviewDueOn: "2026-08-31" });
    const updated = getDb().select().from(auditLog).where(eq(auditLog.entity, "reporting_calendar")).orderBy(sql`${auditLog.id} desc`).get()!;
    expect(updated.action).toBe("update");
    expect(JSON.parse(updated.oldValue!)).toEqual({ dataDueOn: "2026-04-15", reviewDueOn: "2026-07-31" });
    expect(auditCount()).toBe(2);
  });

  it("records nothing when the dates do not change", () => {
    const admin = actorFor("admin@demo.local");
    const before = auditCount();
    expect(setReportingDeadlines({ actor: admin, year: 2025, dataDueOn: "2026-04-15", reviewDueOn: "2026-08-31" })).toEqual({ changed: false });
    // The defaults of a year without a row are its dates too.
    expect(setReportingDeadlines({ actor: admin, year: 2023, dataDueOn: "2024-03-31", reviewDueOn: "2024-06-30" })).toEqual({ changed: false });
    expect(auditCount()).toBe(before);
  });

  it("refuses evaluators and officials, and dates in the wrong order, changing nothing", () => {
    const before = { rows: getDb().select().from(reportingCalendar).all(), audit: auditCount() };
    for (const email of ["evaluator@demo.local", "official.zigong@demo.local"]) {
      expect(() => setReportingDeadlines({ actor: actorFor(email), year: 2024, dataDueOn: "2025-04-01", reviewDueOn: "2025-07-01" })).toThrow(AppError);
    }
    const admin = actorFor("admin@demo.local");
    expect(() => setReportingDeadlines({ actor: admin, year: 2024, dataDueOn: "2025-07-01", reviewDueOn: "2025-07-01" })).toThrow("review_before_due");
    expect(() => setReportingDeadlines({ actor: admin, year: 2024, dataDueOn: "2024-12-31", reviewDueOn: "2025-07-01" })).toThrow("due_before_year_end");
    expect({ rows: getDb().select().from(reportingCalendar).all(), audit: auditCount() }).toEqual(before);
  });

  it("is guarded by the table itself as well: review before the data is refused by a CHECK", () => {
    expect(() => getDb().insert(reportingCalendar).values({ year: 2022, dataDueOn: "2023-05-01", reviewDueOn: "2023-04-01" }).run()).toThrow(/CHECK/);
    expect(() => getDb().insert(reportingCalendar).values({ year: 2022, dataDueOn: "2022-12-31", reviewDueOn: "2023-04-01" }).run()).toThrow(/CHECK/);
  });
});
