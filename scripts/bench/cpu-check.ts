import fs from "node:fs";

// How fast the machine is during a run, so that runs can be compared: the same code measured twice
// on these shared 2-core machines has differed by a factor of two. A fixed piece of work in plain
// JavaScript (sorting a million numbers from a fixed seed), its median over 5 rounds.

export function cpuCheckMs(): number {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const data = Float64Array.from({ length: 1_000_000 }, random);
  const rounds = Array.from({ length: 5 }, () => {
    const copy = data.slice();
    const t0 = performance.now();
    copy.sort();
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  return rounds[2]!;
}

/** The machine's CPU time so far, in clock ticks (the `cpu` line of /proc/stat); null off Linux. */
export function cpuTimes(): { total: number; steal: number; iowait: number } | null {
  try {
    const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is counted in user already).
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    return { total: user + nice + system + idle + iowait + irq + softirq + steal, steal, iowait };
  } catch {
    return null;
  }
}

/**
 * Of all CPU time between two readings, the shares the hypervisor took for other machines (steal)
 * and spent waiting for the disk (iowait). A single-threaded check cannot see a core taken away
 * while the server and the load tool share the two; steal can.
 */
export function cpuShares(start: ReturnType<typeof cpuTimes>, end: ReturnType<typeof cpuTimes>): { steal: number; iowait: number } | null {
  if (!start || !end || end.total <= start.total) return null;
  const total = end.total - start.total;
  return { steal: (end.steal - start.steal) / total, iowait: (end.iowait - start.iowait) / total };
}
