import type { ChildProcess } from "node:child_process";
import os from "node:os";

// Keeps `next start` running: a server that dies (out of memory, an uncaught error) is started again
// after a pause, and one that keeps dying is given up on with a clear message, so that a crash is a
// short gap rather than an outage, and a server that cannot run does not restart forever.

export type RestartPolicy = {
  /** Crashes within `windowMs` that are still restarted; one more gives up. */
  maxRestarts: number;
  windowMs: number;
  /** The pause before the first restart; it doubles with each further crash in the window. */
  firstDelayMs: number;
  maxDelayMs: number;
};

export const RESTART_POLICY: RestartPolicy = { maxRestarts: 5, windowMs: 60_000, firstDelayMs: 1000, maxDelayMs: 30_000 };

export type CrashDecision = { restart: true; delayMs: number; recent: number } | { restart: false; recent: number };

/**
 * What to do after a crash, given the times of every crash so far (this one last, at `now`). Crashes
 * less than `windowMs` before now count: up to `maxRestarts` of them are restarted, after 1 s, 2 s,
 * 4 s… (capped); one more within the window gives up.
 */
export function afterCrash(crashTimes: readonly number[], now: number, policy: RestartPolicy = RESTART_POLICY): CrashDecision {
  const recent = crashTimes.filter((t) => now - t < policy.windowMs).length;
  if (recent > policy.maxRestarts) return { restart: false, recent };
  const delayMs = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, recent - 1));
  return { restart: true, delayMs, recent };
}

export type ExitKind = "done" | "stopped" | "crashed";

/**
 * Why the server's process ended. Exit code 0 is a normal end; SIGINT or SIGTERM is someone stopping
 * it (Ctrl-C, `systemctl stop`, `kill`), and so is any end after the supervisor itself was asked to
 * stop. Everything else is a crash: a non-zero code, or another signal (SIGKILL from the kernel's
 * out-of-memory killer, SIGABRT from V8 running out of heap).
 */
export function exitKind(code: number | null, signal: NodeJS.Signals | null, stopRequested: boolean): ExitKind {
  if (stopRequested) return "stopped";
  if (signal === "SIGINT" || signal === "SIGTERM") return "stopped";
  if (code === 0 && signal === null) return "done";
  return "crashed";
}

/** An exit status for a process that ended by a signal, as a shell reports it (128 + the signal's number). */
export function exitStatus(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return 128 + (signal ? (os.constants.signals[signal] ?? 0) : 1);
}

export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

export type SuperviseOptions = {
  /** Starts the server once; called again for each restart. */
  start: () => ChildProcess;
  policy?: RestartPolicy;
  log?: (line: string) => void;
  now?: () => number;
};

export type Supervisor = {
  /** Resolves to the status to exit with: the server's own on a stop or a normal end, 1 on giving up. */
  done: Promise<number>;
  /** Stops the server (the signal is passed on to it) and does not restart it. */
  stop: (signal: NodeJS.Signals) => void;
};

export function supervise({ start, policy = RESTART_POLICY, log = (line) => console.error(line), now = Date.now }: SuperviseOptions): Supervisor {
  const crashes: number[] = [];
  let child: ChildProcess | null = null;
  let stopRequested = false;
  let stopSignal: NodeJS.Signals = "SIGTERM";
  let wake: (() => void) | null = null;

  const stop = (signal: NodeJS.Signals) => {
    stopRequested = true;
    stopSignal = signal;
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    wake?.();
  };

  const runOnce = (): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
    new Promise((resolve) => {
      const proc = start();
      child = proc;
      proc.once("error", (error) => {
        log(`start: the server could not be started: ${error.message}`);
        resolve({ code: 1, signal: null });
      });
      proc.once("exit", (code, signal) => resolve({ code, signal }));
    });

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => (wake = null));

  const done = (async () => {
    for (;;) {
      const { code, signal } = await runOnce();
      child = null;
      const kind = exitKind(code, signal, stopRequested);
      if (kind === "done") return 0;
      if (kind === "stopped") return stopRequested ? exitStatus(null, stopSignal) : exitStatus(code, signal);
      const at = now();
      crashes.push(at);
      const decision = afterCrash(crashes, at, policy);
      if (!decision.restart) {
        log(
          `start: the server crashed (${describeExit(code, signal)}) ${decision.recent} times within ${policy.windowMs / 1000} s; ` +
            "giving up. Read the errors above, fix the cause, then run npm start again.",
        );
        return 1;
      }
      log(`start: the server crashed (${describeExit(code, signal)}); restarting in ${decision.delayMs / 1000} s (crash ${decision.recent} within ${policy.windowMs / 1000} s)`);
      await pause(decision.delayMs);
      if (stopRequested) return exitStatus(null, stopSignal);
    }
  })();

  return { done, stop };
}
