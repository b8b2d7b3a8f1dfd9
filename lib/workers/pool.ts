import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { Piscina } from "piscina";
import { env } from "@/lib/env";
import { processWide } from "@/lib/process-wide";
import { deserializeError, type WorkerAnswer } from "./answers";
import type { AnswerOf, TaskKind, TaskOf } from "./tasks";

// The heavy jobs (a summary document, a year's .zip, an import, the national overview from cold) run
// in a pool of worker threads, so that the server's own thread keeps answering pages and API
// requests while they run: it only awaits their answers. One pool per process (the route handlers'
// and the pages' bundles share it), of at most two threads at a lower CPU priority, each with its own
// database connection (SQLite in WAL mode lets the server read while a worker writes) and its own heap.
//
// In production the threads run the worker as `next build` bundled it (scripts/build-worker.js). In
// development and in unit tests the jobs run on the calling thread, through the same functions.

/** The worker's file under the build folder; scripts/build-worker.js writes it there (WORKER_OUTPUT). */
export const WORKER_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "workers", "pool-worker.cjs");

/**
 * Two threads where the machine has cores to spare, one on a machine of two cores: the pool then
 * takes one core at most, and the server's own thread keeps the other.
 */
export const POOL_THREADS = Math.min(2, Math.max(1, os.availableParallelism() - 1));

/**
 * Each thread's old-space limit, in MiB. The largest job, the national overview from cold, peaks near
 * 110 MiB of heap at 3,000 areas; a job that exceeds the limit ends its thread (the request gets a
 * 500, the pool starts a new thread) instead of taking the server's memory.
 */
export const WORKER_HEAP_MB = 192;

/**
 * Each thread's young generation, in MiB: V8 counts three semi-spaces, so 24 is 8 MiB semi-spaces,
 * what the threads ran with until the server's own went to 16 (scripts/server-env.ts). A thread's
 * memory counts in the server's, which the national bench finds close to its budget.
 */
export const WORKER_YOUNG_GENERATION_MB = 24;

/**
 * How long an idle thread is kept, with its connection and its kept results (the group composites,
 * the overview's grade proposals): a minute covers a person working through the overview's
 * decisions or a few downloads, and an idle server goes back to one thread.
 */
export const WORKER_IDLE_MS = 60_000;

/** How much lower the threads' CPU priority is than the server's (nice(2); 0 to 19). */
export const WORKER_NICE = 10;

export function createPool(filename: string, threads = POOL_THREADS): Piscina {
  clearProcessHeapLimits();
  return new Piscina({
    filename,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: WORKER_IDLE_MS,
    niceIncrement: WORKER_NICE,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
}

/**
 * V8 sizes every heap it creates from --max-old-space-size and --max-semi-space-size when they are
 * set, and those win over a thread's resourceLimits: under `npm start`'s NODE_OPTIONS each thread got
 * the server's limits (256 MiB of old space), not its own. The server's heap was sized when the
 * process started, so clearing the two now changes only the heaps created later: the threads'.
 */
function clearProcessHeapLimits() {
  v8.setFlagsFromString("--max-old-space-size=0");
  v8.setFlagsFromString("--max-semi-space-size=0");
}

function serverPool(): Piscina {
  return processWide("worker-pool", () => {
    if (!fs.existsSync(WORKER_FILE)) throw new Error(`The worker pool's entry ${WORKER_FILE} is missing: run next build.`);
    return createPool(WORKER_FILE);
  });
}

/** Runs a task on `pool`, throwing a typed error the worker answered with as the same type. */
export async function runOn<K extends TaskKind>(pool: Piscina, task: TaskOf<K>, transferList: ArrayBuffer[] = []): Promise<AnswerOf<K>> {
  const answer = (await pool.run(task, { transferList })) as WorkerAnswer;
  if (!answer.ok) throw deserializeError(answer.error);
  return answer.value as AnswerOf<K>;
}

/**
 * Runs a heavy job off the server's thread and resolves to its answer. `transferList`: buffers of the
 * task moved to the worker rather than copied (the caller must not use them afterwards).
 */
export async function runInPool<K extends TaskKind>(task: TaskOf<K>, transferList: ArrayBuffer[] = []): Promise<AnswerOf<K>> {
  if (env.NODE_ENV !== "production") {
    const { runTask } = await import("./tasks");
    return runTask<K>(task);
  }
  return runOn<K>(serverPool(), task, transferList);
}
