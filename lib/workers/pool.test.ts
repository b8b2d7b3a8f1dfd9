import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The worker pool as the server runs it: the worker bundled by the build step that `next build` runs
// (scripts/build-worker.js), in a thread of its own, on its own connection to a temporary database.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-pool-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

import { and, eq, sql } from "drizzle-orm";
import Papa from "papaparse";
import type { Piscina } from "piscina";
import { getDb } from "@/db/client";
import { areas, auditLog, indicatorValues, users } from "@/db/schema";
import { prepareDatabase } from "@/scripts/prepare-db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { ImportError } from "@/lib/import/errors";
import { setQueryOnly } from "@/db/queries/connection";
import { getNationalPicture } from "@/lib/services/national-picture";
import { createPool, runOn, WORKER_FILE } from "./pool";
import { readsOnly } from "./tasks";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build step is CommonJS, as next.config.js requires it
const { buildWorker, WORKER_OUTPUT } = require("../../scripts/build-worker.js") as typeof import("../../scripts/build-worker.js");

// Inside the project, so that the worker finds the packages in node_modules as it does under .next.
const outDir = path.join(process.cwd(), "node_modules", ".cache", `tm-pool-test-${process.pid}`);
let pool: Piscina;

const HEADER = ["area_code", "indicator_key", "year", "value", "note"];
const csv = (rows: (string | number)[][]) => new TextEncoder().encode(Papa.unparse({ fields: HEADER, data: rows }));

function actorFor(email: string): Actor {
  return getDb().select({ id: users.id, role: users.role, status: users.status, areaId: users.areaId }).from(users).where(eq(users.email, email)).get()!;
}

function stored(area: string, key: string, year: number) {
  return getDb()
    .select({ value: indicatorValues.value })
    .from(indicatorValues)
    .innerJoin(areas, eq(areas.id, indicatorValues.areaId))
    .where(and(eq(areas.code, area), eq(indicatorValues.indicatorKey, key), eq(indicatorValues.year, year)))
    .get()?.value;
}

/** What an import could change, read through the server's own connection. */
function snapshot() {
  const db = getDb();
  return {
    values: db.select({ n: sql<number>`count(*)`, total: sql<number>`total(value)`, versions: sql<number>`total(version)` }).from(indicatorValues).get(),
    audit: db.select({ n: sql<number>`count(*)` }).from(auditLog).get()!.n,
  };
}

const importTask = (actor: Actor, bytes: Uint8Array, mode: "dry-run" | "commit") =>
  ({ kind: "import", actor, file: { name: "values.csv", format: "csv", bytes }, mode, now: new Date("2025-06-01").getTime() }) as const;

beforeAll(async () => {
  await prepareDatabase(file, { demo: true, fresh: true });
  await buildWorker({ projectDir: process.cwd(), outfile: path.join(outDir, "pool-worker.cjs") });
  pool = createPool(path.join(outDir, "pool-worker.cjs"), 1);
}, 120_000);

afterAll(async () => {
  await pool?.destroy();
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

describe("the worker's file", () => {
  it("is where the server looks for it: the build folder's workers/pool-worker.cjs", () => {
    expect(WORKER_OUTPUT).toBe(path.join("workers", "pool-worker.cjs"));
    expect(WORKER_FILE).toBe(path.join(process.cwd(), ".next", WORKER_OUTPUT));
  });
});

describe("an import committed in the pool", () => {
  // Xuzhou's 2022 is a draft in the demo data.
  it("writes every value on the worker's connection, audited, in one transaction; the server reads them at once", async () => {
    const official = actorFor("official.xuzhou@demo.local");
    // Xuzhou has no hte_count of 2022 yet: one of last year's, a little higher.
    const hte = stored("xuzhou", "hte_count", 2021)!;
    const urban = stored("xuzhou", "urban_rate", 2022)!;
    const auditBefore = snapshot().audit;
    const result = await runOn<"import">(pool, importTask(official, csv([["xuzhou", "hte_count", 2022, hte + 7, ""], ["xuzhou", "urban_rate", 2022, Number((urban + 0.2).toFixed(1)), ""]]), "commit"));
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, committed: true, summary: { changed: 2, problems: 0 } });
    expect(stored("xuzhou", "hte_count", 2022)).toBe(hte + 7);
    expect(stored("xuzhou", "urban_rate", 2022)).toBe(Number((urban + 0.2).toFixed(1)));
    const audit = getDb().select({ actorId: auditLog.actorId, indicatorKey: auditLog.indicatorKey }).from(auditLog).orderBy(sql`${auditLog.id} desc`).limit(2).all();
    expect(snapshot().audit).toBe(auditBefore + 2);
    expect(new Set(audit.map((a) => `${a.actorId}:${a.indicatorKey}`))).toEqual(new Set([`${official.id}:hte_count`, `${official.id}:urban_rate`]));
  }, 60_000);

  it("is all or nothing: a row the database refuses while writing undoes the rows written before it", async () => {
    const admin = actorFor("admin@demo.local");
    const first = stored("zigong", "hte_count", 2022)!;
    const second = stored("tongling", "hte_count", 2022)!;
    // The checks pass; the database itself refuses one value, after the first area-year is written.
    getDb().run(sql.raw("create trigger refuse_19999 before update on indicator_values when new.value = 19999 begin select raise(abort, 'refused by the test'); end"));
    try {
      const before = snapshot();
      const rows = [["zigong", "hte_count", 2022, first + 1, ""], ["tongling", "hte_count", 2022, 19999, "说明"]];
      await expect(runOn<"import">(pool, importTask(admin, csv(rows), "commit"))).rejects.toThrow(/refused by the test/);
      expect(snapshot()).toEqual(before);
      expect(stored("zigong", "hte_count", 2022)).toBe(first);
      expect(stored("tongling", "hte_count", 2022)).toBe(second);
    } finally {
      getDb().run(sql.raw("drop trigger refuse_19999"));
    }
    // The worker's connection is left with no transaction open: the next commit goes through.
    const next = await runOn<"import">(pool, importTask(admin, csv([["zigong", "hte_count", 2022, first + 2, ""]]), "commit"));
    expect(next.committed).toBe(true);
    expect(stored("zigong", "hte_count", 2022)).toBe(first + 2);
  }, 60_000);

  it("answers a refused upload with its own error and status, as the server would", async () => {
    const admin = actorFor("admin@demo.local");
    const error = await runOn<"import">(pool, importTask(admin, new TextEncoder().encode(""), "commit")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ reason: "no_rows", status: 400 });
  }, 60_000);
});

describe("a summary document made in the pool", () => {
  it("comes back as the file's bytes; an unknown area as the API's 404", async () => {
    const xlsx = await runOn<"summary-file">(pool, { kind: "summary-file", area: "zigong", year: 2024, format: "xlsx", lang: "en", audience: "public" });
    expect(xlsx).toBeInstanceOf(Uint8Array);
    // An .xlsx is a zip: PK\x03\x04.
    expect(Array.from(xlsx.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const error = await runOn<"summary-file">(pool, { kind: "summary-file", area: "nowhere", year: 2024, format: "pdf", lang: "zh", audience: "public" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "not_found", status: 404 });
  }, 60_000);

  it("makes an area's brief and the national brief, each a one-page PDF, the national one on a connection that refuses writes", async () => {
    const brief = await runOn<"summary-file">(pool, { kind: "summary-file", area: "zigong", year: 2024, format: "brief", lang: "zh", audience: "public" });
    const national = await runOn<"national-brief">(pool, { kind: "national-brief", year: 2024, type: "pdf", lang: "en", audience: "public" });
    for (const pdf of [brief, national]) {
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
      expect(Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    }
    const docx = await runOn<"national-brief">(pool, { kind: "national-brief", year: 2024, type: "docx", lang: "zh", audience: "full" });
    expect(Array.from(docx.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  }, 60_000);

  it("leaves the thread's connection able to write for the import that follows it", async () => {
    // The same thread (the pool has one) runs a read task, with writes refused, and then an import.
    await runOn<"summary-file">(pool, { kind: "summary-file", area: "tongling", year: 2024, format: "docx", lang: "zh", audience: "public" });
    const admin = actorFor("admin@demo.local");
    const value = stored("tongling", "hte_count", 2021)!;
    const result = await runOn<"import">(pool, importTask(admin, csv([["tongling", "hte_count", 2021, value + 1, ""]]), "commit"));
    expect(result.committed).toBe(true);
    expect(stored("tongling", "hte_count", 2021)).toBe(value + 1);
  }, 60_000);
});

describe("the home page's national picture made in the pool", () => {
  it("is the picture the server's own thread would make, for each audience", async () => {
    for (const audience of ["public", "full"] as const) {
      const pooled = await runOn<"national-picture">(pool, { kind: "national-picture", year: 2024, audience });
      expect(pooled.year).toBe(2024);
      expect(pooled.reporting.members).toBe(40);
      expect(pooled).toEqual(getNationalPicture(2024, audience));
    }
  }, 60_000);
});

describe("read-only tasks", () => {
  it("are every task but the import and the summary files (which may issue a document number)", () => {
    expect(readsOnly({ kind: "summary-file", area: "zigong", year: 2024, format: "pdf", lang: "zh", audience: "public" })).toBe(false);
    expect(readsOnly({ kind: "bundle-area", area: "zigong", year: 2024, lang: "zh" })).toBe(false);
    expect(readsOnly({ kind: "zip", files: {} })).toBe(true);
    expect(readsOnly({ kind: "overview", year: 2024, audience: "public" })).toBe(true);
    expect(readsOnly({ kind: "national-picture", year: 2024, audience: "public" })).toBe(true);
    // The national brief takes no number.
    expect(readsOnly({ kind: "national-brief", year: 2024, type: "pdf", lang: "zh", audience: "public" })).toBe(true);
    expect(readsOnly(importTask(actorFor("admin@demo.local"), csv([]), "dry-run"))).toBe(false);
  });

  it("run on a connection that refuses every write (query_only), until the import allows them again", () => {
    const write = () => getDb().run(sql`update areas set name_en = name_en where code = 'zigong'`);
    setQueryOnly(true);
    try {
      expect(write).toThrow(expect.objectContaining({ cause: expect.objectContaining({ message: "attempt to write a readonly database" }) }));
    } finally {
      setQueryOnly(false);
    }
    expect(write).not.toThrow();
  });
});
