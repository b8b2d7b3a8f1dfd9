// The production server under test: build when stale, `next start` on a free 127.0.0.1 port, readiness, peak RSS, stop.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { serverProcessEnv } from "../server-env";
import { needsBuild } from "../start";

const NEXT = path.join("node_modules", ".bin", "next");
const BUILD_TIMEOUT_MS = 15 * 60_000;
const READY_TIMEOUT_MS = 60_000;

export type Server = { url: string; pid: number; logFile: string; stop: () => Promise<void> };

/** The environment the server (and its build) gets: the bench database, never the user's. */
function serverEnv(dbFile: string, url: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_PATH: dbFile,
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // The server never seeds demo data; the port is given on the command line.
  delete env.DEMO_DATA;
  delete env.PORT;
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => resolve(null), timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** `next build` when `.next` is missing or older than the sources (the check `npm start` makes). Returns what was done. */
export async function buildIfStale(root: string, dbFile: string, logFile: string): Promise<{ built: boolean; reason: string; ms: number }> {
  const { build, reason } = needsBuild(root);
  if (!build) return { built: false, reason, ms: 0 };
  const started = performance.now();
  const log = fs.openSync(logFile, "a");
  const child = spawn(NEXT, ["build"], { cwd: root, env: serverEnv(dbFile, "http://127.0.0.1:3000"), stdio: ["ignore", log, log] });
  const stopBuild = () => child.kill("SIGTERM");
  process.once("SIGINT", stopBuild);
  const code = await waitForExit(child, BUILD_TIMEOUT_MS);
  process.off("SIGINT", stopBuild);
  fs.closeSync(log);
  if (code !== 0) {
    child.kill("SIGKILL");
    throw new Error(`next build ${code === null ? "timed out" : `failed (exit ${code})`}; see ${logFile}`);
  }
  return { built: true, reason, ms: performance.now() - started };
}

/** Starts `next start` on the bench database and resolves once it answers. */
export async function startServer(root: string, dbFile: string, logFile: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = fs.openSync(logFile, "a");
  // Spawned directly (not through npx or a shell), so that the child is the server's node process.
  // With the heap limit and malloc arenas `npm start` gives the server.
  const env = { ...serverEnv(dbFile, url), ...serverProcessEnv() };
  const child = spawn(NEXT, ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env, stdio: ["ignore", log, log] });
  fs.closeSync(log);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    if ((await waitForExit(child, 5000)) === null && child.exitCode === null) {
      child.kill("SIGKILL");
      await waitForExit(child, 5000);
    }
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (code ${child.exitCode}); see ${logFile}`);
    try {
      const res = await fetch(`${url}/api/v1/indicators`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return { url, pid: child.pid!, logFile, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`next start did not answer within ${READY_TIMEOUT_MS / 1000} s; see ${logFile}`);
}

function statusField(pid: number, field: string): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 4th field, after the command name in parentheses (which may hold spaces).
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) out.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

/**
 * Peak resident memory (VmHWM) of the server: the spawned process and any it started (next start
 * may hand the work to a child), each reported, the largest taken as the server's.
 */
export function peakRss(pid: number): { pid: number; bytes: number; processes: { pid: number; command: string; vmHwm: number | null }[] } {
  const pids = [pid];
  for (let i = 0; i < pids.length && pids.length < 50; i++) pids.push(...childrenOf(pids[i]!));
  const processes = pids.map((p) => {
    let command = "?";
    try {
      command = fs.readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ").slice(0, 120);
    } catch {
      // Gone meanwhile.
    }
    return { pid: p, command, vmHwm: statusField(p, "VmHWM") };
  });
  const largest = processes.reduce((best, p) => ((p.vmHwm ?? 0) > (best.vmHwm ?? 0) ? p : best), processes[0]!);
  return { pid: largest.pid, bytes: largest.vmHwm ?? 0, processes };
}
