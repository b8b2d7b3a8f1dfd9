import { describe, expect, it } from "vitest";
import { serverNodeOptions, serverProcessEnv } from "./server-env";

describe("serverNodeOptions", () => {
  it("limits the server's heap to 256 MiB and its semi-spaces to 16, and sizes V8's helper pool from the cores, keeping other options and an operator's own", () => {
    expect(serverNodeOptions("")).toBe("--max-old-space-size=256 --max-semi-space-size=16 --v8-pool-size=0");
    expect(serverNodeOptions("--enable-source-maps")).toBe("--enable-source-maps --max-old-space-size=256 --max-semi-space-size=16 --v8-pool-size=0");
    expect(serverNodeOptions("--max-old-space-size=1024")).toBe("--max-old-space-size=1024 --max-semi-space-size=16 --v8-pool-size=0");
    expect(serverNodeOptions("--max-semi-space-size=32")).toBe("--max-semi-space-size=32 --max-old-space-size=256 --v8-pool-size=0");
    expect(serverNodeOptions("--v8-pool-size=4")).toBe("--v8-pool-size=4 --max-old-space-size=256 --max-semi-space-size=16");
    expect(serverNodeOptions("--max-old-space-size=1024 --max-semi-space-size=32 --v8-pool-size=2")).toBe("--max-old-space-size=1024 --max-semi-space-size=32 --v8-pool-size=2");
  });
});

describe("serverProcessEnv", () => {
  it("gives the server 2 malloc arenas and the heap limits, unless the operator set their own", () => {
    expect(serverProcessEnv({})).toEqual({ NODE_OPTIONS: "--max-old-space-size=256 --max-semi-space-size=16 --v8-pool-size=0", MALLOC_ARENA_MAX: "2" });
    expect(serverProcessEnv({ MALLOC_ARENA_MAX: "4", NODE_OPTIONS: "--max-old-space-size=512" })).toEqual({ NODE_OPTIONS: "--max-old-space-size=512 --max-semi-space-size=16 --v8-pool-size=0", MALLOC_ARENA_MAX: "4" });
  });
});
