import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { afterCrash, exitKind, RESTART_POLICY, supervise, type RestartPolicy } from "./supervisor";

const S = 1000;

describe("afterCrash (5 restarts within 60 s, then give up; 1 s, 2 s, 4 s… between them)", () => {
  const times = (...seconds: number[]) => seconds.map((s) => s * S);

  it("restarts the 1st to the 5th crash within a minute, after 1, 2, 4, 8 and 16 s", () => {
    const delays = [1, 2, 3, 4, 5].map((n) => {
      const crashes = times(...Array.from({ length: n }, (_, i) => i * 10));
      return afterCrash(crashes, crashes.at(-1)!);
    });
    expect(delays).toEqual([
      { restart: true, delayMs: 1 * S, recent: 1 },
      { restart: true, delayMs: 2 * S, recent: 2 },
      { restart: true, delayMs: 4 * S, recent: 3 },
      { restart: true, delayMs: 8 * S, recent: 4 },
      { restart: true, delayMs: 16 * S, recent: 5 },
    ]);
  });

  it("gives up on the 6th crash within a minute", () => {
    expect(afterCrash(times(0, 10, 20, 30, 40, 50), 50 * S)).toEqual({ restart: false, recent: 6 });
  });

  it("counts a crash 59 s ago and not one 61 s ago", () => {
    // Six crashes; the first 59 s before the last: all six in the window.
    expect(afterCrash(times(0, 10, 20, 30, 40, 59), 59 * S)).toEqual({ restart: false, recent: 6 });
    // The first 61 s before the last: five in the window, restarted.
    expect(afterCrash(times(0, 10, 20, 30, 40, 61), 61 * S)).toEqual({ restart: true, delayMs: 16 * S, recent: 5 });
  });

  it("starts again from 1 s once earlier crashes are more than a minute old", () => {
    expect(afterCrash(times(0, 1, 2, 3, 4, 300), 300 * S)).toEqual({ restart: true, delayMs: 1 * S, recent: 1 });
  });

  it("caps the pause", () => {
    const policy: RestartPolicy = { ...RESTART_POLICY, maxRestarts: 10 };
    expect(afterCrash(times(0, 1, 2, 3, 4, 5, 6), 6 * S, policy)).toEqual({ restart: true, delayMs: 30 * S, recent: 7 });
    expect(afterCrash(times(0, 1, 2, 3, 4, 5), 5 * S, policy)).toEqual({ restart: true, delayMs: 30 * S, recent: 6 });
    expect(afterCrash(times(0, 1, 2, 3, 4), 4 * S, policy)).toEqual({ restart: true, delayMs: 16 * S, recent: 5 });
  });
});

describe("exitKind", () => {
  it("a crash is a non-zero code or a signal other than SIGINT/SIGTERM", () => {
    expect(exitKind(1, null, false)).toBe("crashed");
    expect(exitKind(134, null, false)).toBe("crashed");
    expect(exitKind(null, "SIGKILL", false)).toBe("crashed");
    expect(exitKind(null, "SIGABRT", false)).toBe("crashed");
  });

  it("exit 0 is a normal end, SIGINT/SIGTERM or a requested stop is a stop", () => {
    expect(exitKind(0, null, false)).toBe("done");
    expect(exitKind(null, "SIGTERM", false)).toBe("stopped");
    expect(exitKind(null, "SIGINT", false)).toBe("stopped");
    expect(exitKind(1, null, true)).toBe("stopped");
  });
});

describe("supervise, with a tiny server that crashes", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-supervisor-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const fast: RestartPolicy = { maxRestarts: 5, windowMs: 60_000, firstDelayMs: 10, maxDelayMs: 40 };

  /** A node script; each start appends a line to `starts` first. */
  function server(name: string, body: string) {
    const starts = path.join(dir, `${name}.starts`);
    const script = path.join(dir, `${name}.js`);
    fs.writeFileSync(script, `require("fs").appendFileSync(${JSON.stringify(starts)}, "x\\n");\n${body}\n`);
    const count = () => (fs.existsSync(starts) ? fs.readFileSync(starts, "utf8").split("\n").filter(Boolean).length : 0);
    return { start: () => spawn(process.execPath, [script], { stdio: "ignore" }), count };
  }

  it("restarts a server that keeps crashing 5 times, then gives up with exit 1 and says why", async () => {
    const crashing = server("crashing", "process.exit(3);");
    const lines: string[] = [];
    const status = await supervise({ start: crashing.start, policy: fast, log: (l) => lines.push(l) }).done;
    expect(status).toBe(1);
    expect(crashing.count()).toBe(6);
    expect(lines.filter((l) => l.includes("restarting in"))).toHaveLength(5);
    expect(lines[0]).toMatch(/crashed \(exit code 3\); restarting in 0\.01 s/);
    expect(lines.at(-1)).toMatch(/crashed \(exit code 3\) 6 times within 60 s; giving up/);
  });

  it("restarts after a crash and a kill by the kernel, and stops when the server ends normally", async () => {
    // 1st start: crash; 2nd: killed (SIGKILL, as the out-of-memory killer does); 3rd: exits 0.
    const flaky = server(
      "flaky",
      `const n = require("fs").readFileSync(${JSON.stringify(path.join(dir, "flaky.starts"))}, "utf8").split("\\n").filter(Boolean).length;
       if (n === 1) process.exit(2); else if (n === 2) process.kill(process.pid, "SIGKILL"); else process.exit(0);`,
    );
    const lines: string[] = [];
    const status = await supervise({ start: flaky.start, policy: fast, log: (l) => lines.push(l) }).done;
    expect(status).toBe(0);
    expect(flaky.count()).toBe(3);
    expect(lines).toEqual([expect.stringMatching(/exit code 2\); restarting/), expect.stringMatching(/killed by SIGKILL\); restarting/)]);
  });

  it("passes a stop on to the server and does not restart it", async () => {
    const running = server("running", "setInterval(() => {}, 1000);");
    const lines: string[] = [];
    const supervisor = supervise({ start: running.start, policy: fast, log: (l) => lines.push(l) });
    await expect.poll(running.count).toBe(1);
    supervisor.stop("SIGTERM");
    expect(await supervisor.done).toBe(128 + os.constants.signals.SIGTERM);
    await new Promise((r) => setTimeout(r, 100));
    expect(running.count()).toBe(1);
    expect(lines).toEqual([]);
  });

  it("a server stopped by SIGTERM from elsewhere is not restarted either", async () => {
    const selfStopped = server("self-stopped", `process.kill(process.pid, "SIGTERM"); setInterval(() => {}, 1000);`);
    const status = await supervise({ start: selfStopped.start, policy: fast, log: () => {} }).done;
    expect(status).toBe(128 + os.constants.signals.SIGTERM);
    expect(selfStopped.count()).toBe(1);
  });
});
