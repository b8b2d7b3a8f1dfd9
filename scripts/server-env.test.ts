import { describe, expect, it } from "vitest";
import { serverNodeOptions, serverProcessEnv } from "./server-env";

describe("serverNodeOptions", () => {
  it("limits the server's heap to 256 MiB and its semi-spaces to 8, keeping other options and an operator's own limits", () => {
    expect(serverNodeOptions("")).toBe("--max-old-space-size=256 --max-semi-space-size=8");
    expect(serverNodeOptions("--enable-source-maps")).toBe("--enable-source-maps --max-old-space-size=256 --max-semi-space-size=8");
    expect(serverNodeOptions("--max-old-space-size=1024")).toBe("--max-old-space-size=1024 --max-semi-space-size=8");
    expect(serverNodeOptions("--max-semi-space-size=32")).toBe("--max-semi-space-size=32 --max-old-space-size=256");
    expect(serverNodeOptions("--max-old-space-size=1024 --max-semi-space-size=32")).toBe("--max-old-space-size=1024 --max-semi-space-size=32");
  });
});

describe("serverProcessEnv", () => {
  it("gives the server 2 malloc arenas and the heap limits, unless the operator set their own", () => {
    expect(serverProcessEnv({})).toEqual({ NODE_OPTIONS: "--max-old-space-size=256 --max-semi-space-size=8", MALLOC_ARENA_MAX: "2" });
    expect(serverProcessEnv({ MALLOC_ARENA_MAX: "4", NODE_OPTIONS: "--max-old-space-size=512" })).toEqual({ NODE_OPTIONS: "--max-old-space-size=512 --max-semi-space-size=8", MALLOC_ARENA_MAX: "4" });
  });
});
