import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { env } from "@/lib/env";
import { describePrepare, prepareDatabase } from "./prepare-db";
import { serverProcessEnv } from "./server-env";
import { exitStatus, supervise } from "./supervisor";

// `npm start` — one command from a fresh clone to a running server: secret, database, build, start;
// then keeps the server running: restarted after a crash, given up on after repeated ones.

const SECRET_FILE = path.join("data", ".nextauth-secret");
const NEXT = path.join("node_modules", ".bin", "next");
// What a production build is made of; a change to any of these makes the build stale.
const BUILD_INPUTS = [
  "app", "components", "lib", "db", "public",
  "next.config.js", "package.json", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts",
  "scripts/build-worker.js",
];
/** The worker pool's entry, which `next build` bundles beside the build (scripts/build-worker.js). */
const WORKER_FILE = path.join(".next", "workers", "pool-worker.cjs");
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
  // A build made before the worker pool (or whose worker was removed): the documents and imports need it.
  if (!fs.existsSync(path.join(root, WORKER_FILE))) return { build: true, reason: "the build has no worker pool entry" };
  const builtAt = fs.statSync(buildId).mtimeMs;
  const changed = BUILD_INPUTS.find((entry) => newestMtime(path.join(root, entry)) > builtAt);
  return changed ? { build: true, reason: `${changed} changed since the last build` } : { build: false, reason: "build is up to date" };
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
      resolve(exitStatus(code, signal));
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
  const serverEnv = { ...childEnv, ...serverProcessEnv() };
  const server = supervise({ start: () => spawn(NEXT, ["start", "-p", String(env.PORT)], { stdio: "inherit", env: serverEnv }) });
  process.on("SIGINT", () => server.stop("SIGINT"));
  process.on("SIGTERM", () => server.stop("SIGTERM"));
  process.exit(await server.done);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error("start failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
