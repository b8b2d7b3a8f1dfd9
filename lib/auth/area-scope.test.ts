import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The area rule has two renderings: SQL for the queries (areaScope) and a predicate for the pages
// (canActOnArea). Both are checked here against the rule as written out by hand below, for every
// role, every area-scoped permission and every kind of area, so they cannot drift apart.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-area-scope-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { findScopedArea } from "@/db/queries/areas";
import { areas } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { prepareDatabase } from "@/scripts/prepare-db";
import { AREA_PERMISSIONS, areaScope, canActOnArea, reachesEveryArea, type AreaPermission } from "./area-scope";
import type { Actor } from "./permissions";

// A and B are active areas with an official each; P is waiting for approval (with an official who,
// unusually, is already active); R was rejected.
const CODES = { A: "zigong", B: "tongling", P: "huangshi", R: "dalian" } as const;
type AreaName = keyof typeof CODES;
const AREA_NAMES = Object.keys(CODES) as AreaName[];

let ids: Record<AreaName, number>;

function actors() {
  return {
    anonymous: null,
    viewer: { id: 1, role: "viewer", status: "active", areaId: null },
    "pending official of A": { id: 2, role: "official", status: "pending", areaId: ids.A },
    "official of A": { id: 3, role: "official", status: "active", areaId: ids.A },
    "official of B": { id: 4, role: "official", status: "active", areaId: ids.B },
    "official of P": { id: 5, role: "official", status: "active", areaId: ids.P },
    "official without an area": { id: 6, role: "official", status: "active", areaId: null },
    evaluator: { id: 7, role: "evaluator", status: "active", areaId: null },
    admin: { id: 8, role: "admin", status: "active", areaId: null },
  } satisfies Record<string, Actor | null>;
}

const OFFICIALS = { "official of A": "A", "official of B": "B" };
const REVIEWERS = { evaluator: "AB", admin: "AB" };

// The rule, by hand: which areas each actor reaches with each permission. Everyone not named reaches none.
const EXPECTED: Record<AreaPermission, Record<string, string>> = {
  "values.write": { ...OFFICIALS, admin: "AB" },
  "targets.write": { ...OFFICIALS, admin: "AB" },
  "target_requests.file": OFFICIALS,
  "target_requests.decide": REVIEWERS,
  "submissions.submit": { ...OFFICIALS, admin: "AB" },
  "submissions.comment": { ...OFFICIALS, ...REVIEWERS },
  "submissions.review": REVIEWERS,
  // Downloads also reach areas waiting for approval: an official's own, any for those who see pending areas.
  "values.export": { ...OFFICIALS, "official of P": "P", evaluator: "ABP", admin: "ABP" },
  "assessments.write": REVIEWERS,
  "grades.decide": REVIEWERS,
  "official_results.write": REVIEWERS,
  "attachments.write": { ...OFFICIALS, admin: "AB" },
  "attachments.read": { ...OFFICIALS, ...REVIEWERS },
};

function reachedBySql(actor: Actor | null, permission: AreaPermission): string {
  const rows = getDb()
    .select({ code: areas.code })
    .from(areas)
    .where(and(inArray(areas.code, Object.values(CODES)), areaScope(actor, permission)))
    .all();
  return AREA_NAMES.filter((name) => rows.some((r) => r.code === CODES[name])).join("");
}

function reachedByPredicate(actor: Actor | null, permission: AreaPermission): string {
  const rows = getDb().select({ id: areas.id, code: areas.code, status: areas.status }).from(areas).where(inArray(areas.code, Object.values(CODES))).all();
  return AREA_NAMES.filter((name) => canActOnArea(actor, permission, rows.find((r) => r.code === CODES[name])!)).join("");
}

beforeAll(async () => {
  await prepareDatabase(file, { demo: false, fresh: true });
  const db = getDb();
  db.update(areas).set({ status: "pending" }).where(eq(areas.code, CODES.P)).run();
  db.update(areas).set({ status: "rejected" }).where(eq(areas.code, CODES.R)).run();
  const rows = db.select({ id: areas.id, code: areas.code }).from(areas).all();
  ids = Object.fromEntries(AREA_NAMES.map((name) => [name, rows.find((r) => r.code === CODES[name])!.id])) as Record<AreaName, number>;
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("one area rule, rendered as SQL and as a predicate", () => {
  for (const permission of AREA_PERMISSIONS) {
    it(`${permission}: both renderings reach exactly the areas the rule gives, for every role`, () => {
      for (const [role, actor] of Object.entries(actors())) {
        const expected = EXPECTED[permission][role] ?? "";
        expect(reachedBySql(actor, permission), `${role} (SQL)`).toBe(expected);
        expect(reachedByPredicate(actor, permission), `${role} (predicate)`).toBe(expected);
      }
    });
  }

  it("reaches every area at once only where the rule gives every area", () => {
    const everyone = actors();
    expect(reachesEveryArea(everyone.evaluator, "values.export")).toBe(true);
    expect(reachesEveryArea(everyone.admin, "values.export")).toBe(true);
    expect(reachesEveryArea(everyone["official of A"], "values.export")).toBe(false);
    expect(reachesEveryArea(everyone.viewer, "values.export")).toBe(false);
    expect(reachesEveryArea(everyone.evaluator, "values.write")).toBe(false);
  });
});

describe("findScopedArea: the scoped lookup every write goes through", () => {
  function refusal(actor: Actor, code: string, permission: AreaPermission): string {
    try {
      return `found ${getDb().transaction((tx) => findScopedArea(tx, actor, code, permission)).code}`;
    } catch (error) {
      if (error instanceof AppError) return `${error.code}:${error.message}`;
      throw error;
    }
  }

  it("finds an area in reach, and otherwise says only what the actor may know", () => {
    const { "official of A": official, viewer, admin } = actors();
    expect(refusal(official, CODES.A, "values.write")).toBe(`found ${CODES.A}`);
    expect(refusal(official, CODES.B, "values.write")).toBe("forbidden:not_your_area");
    expect(refusal(official, "nowhere", "values.write")).toBe("not_found:area_not_found");
    // Without the permission at all, not even whether the area exists.
    expect(refusal(viewer, CODES.A, "values.write")).toBe("forbidden:forbidden");
    expect(refusal(viewer, "nowhere", "values.write")).toBe("forbidden:forbidden");
    // Work is done on approved areas only, even by an administrator.
    expect(refusal(admin, CODES.B, "values.write")).toBe(`found ${CODES.B}`);
    expect(refusal(admin, CODES.P, "values.write")).toBe("forbidden:not_your_area");
  });
});
