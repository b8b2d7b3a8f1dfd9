import { describe, expect, it } from "vitest";
import { cpuShares, cpuTimes } from "./cpu-check";

describe("cpuShares", () => {
  it("gives steal and iowait as shares of all CPU time between two readings", () => {
    // 1,000 ticks passed, 50 of them stolen and 20 waiting for the disk.
    const shares = cpuShares({ total: 10_000, steal: 100, iowait: 30 }, { total: 11_000, steal: 150, iowait: 50 });
    expect(shares!.steal).toBeCloseTo(0.05, 10);
    expect(shares!.iowait).toBeCloseTo(0.02, 10);
  });

  it("is null without two readings, or when no time passed", () => {
    expect(cpuShares(null, { total: 1, steal: 0, iowait: 0 })).toBeNull();
    expect(cpuShares({ total: 5, steal: 0, iowait: 0 }, { total: 5, steal: 0, iowait: 0 })).toBeNull();
  });

  it("reads this machine's counters, which only grow", () => {
    const first = cpuTimes();
    if (first === null) return; // not Linux
    const later = cpuTimes()!;
    expect(later.total).toBeGreaterThanOrEqual(first.total);
    expect(first.steal).toBeLessThanOrEqual(first.total);
  });
});
