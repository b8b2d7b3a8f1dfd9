import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { createPool } from "./pool";

// A thread's heap limits in a process started with V8's own, as `npm start` starts the server
// (--max-old-space-size and --max-semi-space-size in NODE_OPTIONS, scripts/server-env.ts).

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-pool-limits-"));
const probe = path.join(dir, "probe.cjs");
fs.writeFileSync(probe, 'module.exports = () => require("node:v8").getHeapStatistics().heap_size_limit;\n');

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a pool thread's heap", () => {
  it("has the thread's own limits, not those the process was given: 192 MiB of old space and 24 of young", async () => {
    v8.setFlagsFromString("--max-old-space-size=1024");
    v8.setFlagsFromString("--max-semi-space-size=32");
    const pool = createPool(probe, 1);
    try {
      const limitMiB = ((await pool.run(null)) as number) / 2 ** 20;
      // With the process's limits the thread would get 1024 + 3 × 32 = 1120 MiB.
      expect(limitMiB).toBe(192 + 24);
    } finally {
      await pool.destroy();
    }
  });
});
