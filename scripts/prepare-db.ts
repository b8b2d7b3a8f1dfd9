import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { openDatabase } from "@/db/client";
import { seedDemo, type SeedDemoResult } from "@/db/seed/demo-seed";
import { seedReference } from "@/db/seed/reference";
import { attachmentsDirOf, env } from "@/lib/env";
import { checkDatabase } from "./restore";

// `npm run db:prepare [-- --fresh]` — migrate, apply reference data, seed the demo set when
// DEMO_DATA is not "0". `--fresh` deletes the database first (the e2e suite starts from scratch).

const MIGRATIONS = fileURLToPath(new URL("../db/migrations", import.meta.url));

export type PrepareOptions = { demo: boolean; fresh: boolean };
export type PrepareResult = {
  file: string;
  removed: boolean;
  areasInserted: number;
  indicators: number;
  citiesSeeded: number;
  officialResultsInserted: number;
  demo: SeedDemoResult | null;
  ms: number;
};

export class CorruptDatabaseError extends Error {
  constructor(file: string, finding: string) {
    const where = path.relative(process.cwd(), file) || file;
    super(
      `the database ${where} is damaged (SQLite's quick_check: ${finding}). The server was not started. ` +
        "Restore the latest backup with: npm run restore -- data/backups/<file>.db",
    );
    this.name = "CorruptDatabaseError";
  }
}

/**
 * A damaged database can still open and serve some pages while it loses writes or answers wrongly
 * (a backup copied in over an old -wal file is the common cause): checked before anything else runs.
 */
export function assertDatabaseSound(file: string): void {
  if (!fs.existsSync(file)) return;
  const finding = checkDatabase(file, "quick_check");
  if (finding !== "ok") throw new CorruptDatabaseError(file, finding);
}

export async function prepareDatabase(file: string, { demo, fresh }: PrepareOptions): Promise<PrepareResult> {
  const started = performance.now();
  let removed = false;
  if (fresh) {
    for (const f of [file, `${file}-wal`, `${file}-shm`]) {
      if (fs.existsSync(f)) {
        fs.rmSync(f);
        removed = true;
      }
    }
    // The evidence files of the deleted database's rows.
    fs.rmSync(attachmentsDirOf(file), { recursive: true, force: true });
  }
  assertDatabaseSound(file);
  const { db, sqlite } = openDatabase(file);
  try {
    migrate(db, { migrationsFolder: MIGRATIONS });
    const reference = seedReference(db);
    const demoResult = demo ? await seedDemo(db) : null;
    return { file, removed, ...reference, demo: demoResult, ms: Math.round(performance.now() - started) };
  } finally {
    sqlite.close();
  }
}

export function describePrepare(result: PrepareResult): string {
  const where = path.relative(process.cwd(), result.file) || result.file;
  const parts = [
    result.removed ? "recreated" : "migrated",
    `${result.indicators} indicators`,
    result.areasInserted > 0 ? `${result.areasInserted} areas added` : "areas present",
  ];
  if (result.citiesSeeded > 0) parts.push(`member cities of ${result.citiesSeeded} areas written`);
  if (result.officialResultsInserted > 0) parts.push(`${result.officialResultsInserted} official results added`);
  if (result.demo === null) parts.push("no demo data (DEMO_DATA=0)");
  else if (result.demo.seeded) {
    parts.push(`demo data seeded (${result.demo.values} values, ${result.demo.targets} targets, ${result.demo.users} accounts)`);
  } else parts.push("demo data skipped: " + result.demo.reason);
  return `database ${where}: ${parts.join(", ")} in ${result.ms} ms`;
}

async function main() {
  const fresh = process.argv.slice(2).includes("--fresh");
  const result = await prepareDatabase(env.databaseFile, { demo: env.demoData, fresh });
  console.log(describePrepare(result));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error("prepare-db failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
