import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureSecret, needsBuild } from "./start";

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "monitor-start-"));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function touch(file: string, secondsAgo: number) {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, "x");
  const time = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(full, time, time);
  fs.utimesSync(path.dirname(full), time, time);
}

describe("ensureSecret", () => {
  it("prefers the environment", () => {
    expect(ensureSecret(root, "s".repeat(40))).toEqual({ secret: "s".repeat(40), source: "env" });
    expect(fs.existsSync(path.join(root, "data"))).toBe(false);
  });

  it("creates a random secret readable only by the owner, then reuses it", () => {
    const created = ensureSecret(root, undefined);
    expect(created.source).toBe("created");
    expect(created.secret.length).toBeGreaterThanOrEqual(32);
    const file = path.join(root, "data", ".nextauth-secret");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(ensureSecret(root, undefined)).toEqual({ secret: created.secret, source: "file" });

    const other = fs.mkdtempSync(path.join(os.tmpdir(), "monitor-start-"));
    expect(ensureSecret(other, undefined).secret).not.toBe(created.secret);
    fs.rmSync(other, { recursive: true, force: true });
  });

  it("refuses a secret file that is too short", () => {
    touch("data/.nextauth-secret", 0);
    expect(() => ensureSecret(root, undefined)).toThrow(/fewer than 32/);
  });
});

describe("needsBuild", () => {
  it("builds when there is no build yet", () => {
    touch("app/page.tsx", 100);
    expect(needsBuild(root)).toEqual({ build: true, reason: "no production build yet" });
  });

  it("skips the build when every source is older than the build", () => {
    touch("app/page.tsx", 100);
    touch("package.json", 100);
    touch(".next/BUILD_ID", 10);
    touch(".next/workers/pool-worker.cjs", 10);
    expect(needsBuild(root).build).toBe(false);
  });

  it("builds when the build has no worker pool entry", () => {
    touch("app/page.tsx", 100);
    touch(".next/BUILD_ID", 10);
    expect(needsBuild(root)).toEqual({ build: true, reason: "the build has no worker pool entry" });
  });

  it("rebuilds when the worker's build step changed after the build", () => {
    touch("app/page.tsx", 100);
    touch(".next/BUILD_ID", 10);
    touch(".next/workers/pool-worker.cjs", 10);
    touch("scripts/build-worker.js", 1);
    expect(needsBuild(root)).toEqual({ build: true, reason: "scripts/build-worker.js changed since the last build" });
  });

  it("rebuilds when a source changed after the build", () => {
    touch("app/page.tsx", 100);
    touch(".next/BUILD_ID", 10);
    touch(".next/workers/pool-worker.cjs", 10);
    touch("lib/domain/progress.ts", 1);
    expect(needsBuild(root)).toEqual({ build: true, reason: "lib changed since the last build" });
  });

  it("ignores test files", () => {
    touch("lib/x.ts", 100);
    touch(".next/BUILD_ID", 10);
    touch(".next/workers/pool-worker.cjs", 10);
    touch("lib/x.test.ts", 1);
    // Adding a file updates its folder's mtime; put the folders back in the past.
    const past = new Date(Date.now() - 100_000);
    fs.utimesSync(path.join(root, "lib"), past, past);
    expect(needsBuild(root).build).toBe(false);
  });
});
