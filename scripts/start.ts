import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { env } from "@/lib/env";
import { describePrepare, prepareDatabase } from "./prepare-db";

// `npm start` — one command from a fresh clone to a running server: secret, database, build, start.

const SECRET_FILE = path.join("data", ".nextauth-secret");
const NEXT = path.join("node_modules", ".bin", "next");
// What a production build is made of; a change to any of these makes the build stale.
const BUILD_INPUTS = [
  "app", "components", "lib", "db", "public", "messages",
  "next.config.js", "package.json", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts",
];
const SKIPPED = /(^|[\\/])(node_modules|\.next)$|\.test\.tsx?$/;

/** NEXTAUTH_SECRET from the environment, else from data/.nextauth-secret, else a new random one saved there. */
export function ensureSecret(root: string, fromEnv = process.env.NEXTAUTH_SECRET): { secret: string; source: "env" | "file" | "created" } {
  if (fromEnv) return { secret: fromEnv, source: "env" };
  const file = path.join(root, SECRET_FILE);
  if (fs.existsSync(file)) {
    const secret = fs.readFileSync(file, "utf8").trim();
    if (secret.length < 32) throw new Error(`${SECRET_FILE} holds fewer than 32 characters; delete it to get a new one`);
    return { secret, source: "file" };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
  return { secret, source: "created" };
}

function newestMtime(entry: string): number {
  if (SKIPPED.test(entry) || !fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** Whether `.next` is missing or older than the newest source file. */
export function needsBuild(root: string): { build: boolean; reason: string } {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return { build: true, reason: "no production build yet" };
  const builtAt = fs.statSync(buildId).mtimeMs;
  const changed = BUILD_INPUTS.find((entry) => newestMtime(path.join(root, entry)) > builtAt);
  return changed ? { build: true, reason: `${changed} changed since the last build` } : { build: false, reason: "build is up to date" };
}

/**
 * The server's V8 heap limit, in MiB. Node sizes it from the machine's memory (4 GB on these
 * machines), and under load V8 then grows the heap long before it collects: the national-scale
 * bench saw 980 MiB of memory at 32 clients for a live set under 100 MiB. At 256 MiB the same runs
 * peaked near 500 MiB with no loss of throughput. An operator's own --max-old-space-size wins.
 */
export const SERVER_HEAP_MB = 256;

/**
 * The server's young generation, in MiB per semi-space (V8's default here is 16). Under 32 clients
 * the young generation is full of requests still in flight: at 8 the national bench's peak went
 * 381 → 359 MiB (and 403 → 377 on the code before), with the area and compare pages' throughput
 * within the run-to-run spread (three interleaved runs each).
 */
export const SERVER_SEMI_SPACE_MB = 8;

/** NODE_OPTIONS for `next start`: the caller's, plus each limit above the operator has not set. */
export function serverNodeOptions(existing = process.env.NODE_OPTIONS ?? ""): string {
  const added = [
    existing.includes("--max-old-space-size") ? "" : `--max-old-space-size=${SERVER_HEAP_MB}`,
    existing.includes("--max-semi-space-size") ? "" : `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`,
  ];
  return [existing, ...added].filter(Boolean).join(" ").trim();
}

/**
 * glibc's malloc arenas for the server: at most 2 (an operator's own MALLOC_ARENA_MAX wins). By
 * default every thread that allocates (libuv's pool, V8's workers) may get an arena of its own, up to
 * 8 per core, and memory freed in one is seldom handed back: on the national bench the server's
 * memory outside the V8 heap grew from about 80 to 190 MiB, and 2 arenas cut the peak by about
 * 30 MiB in one comparison (throughput was not compared).
 */
export const SERVER_MALLOC_ARENAS = "2";

/** The environment variables `next start` runs with, added to the caller's: heap limit and arenas. */
export function serverProcessEnv(existing: Record<string, string | undefined> = process.env): { NODE_OPTIONS: string; MALLOC_ARENA_MAX: string } {
  return { NODE_OPTIONS: serverNodeOptions(existing.NODE_OPTIONS ?? ""), MALLOC_ARENA_MAX: existing.MALLOC_ARENA_MAX || SERVER_MALLOC_ARENAS };
}

// Runs a command with inherited stdio, passing SIGINT/SIGTERM on to it; resolves to its exit code.
function run(command: string, args: string[], childEnv: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: childEnv });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

async function main() {
  const root = process.cwd();
  const { secret, source } = ensureSecret(root);
  console.log(
    source === "env" ? "start: NEXTAUTH_SECRET from the environment"
      : source === "file" ? `start: NEXTAUTH_SECRET from ${SECRET_FILE}`
      : `start: created a new NEXTAUTH_SECRET in ${SECRET_FILE} (mode 600)`,
  );
  const childEnv = {
    ...process.env,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
  };

  console.log(`start: ${describePrepare(await prepareDatabase(env.databaseFile, { demo: env.demoData, fresh: false }))}`);

  const { build, reason } = needsBuild(root);
  console.log(`start: ${reason}${build ? " — running next build" : ""}`);
  if (build) {
    const code = await run(NEXT, ["build"], childEnv);
    if (code !== 0) {
      console.error(`start: next build failed (exit ${code})`);
      process.exit(code);
    }
  }

  console.log(`start: next start on ${childEnv.NEXTAUTH_URL}`);
  process.exit(await run(NEXT, ["start", "-p", String(env.PORT)], { ...childEnv, ...serverProcessEnv() }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error("start failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
