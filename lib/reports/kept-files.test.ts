import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A summary document is rendered in the worker pool once, and sent again from memory until a write.

const file = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs before the imports below
  const f = `${require("node:os").tmpdir()}/tm-kept-files-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_PATH = f;
  return f;
});

// The pool stands in here: what matters is how often it is asked. It answers with the task's key.
const runInPool = vi.hoisted(() => vi.fn(async (task: { area: string; year: number; format: string; lang: string }) => new TextEncoder().encode(`${task.area} ${task.year} ${task.format} ${task.lang}`)));
vi.mock("@/lib/workers/pool", () => ({ runInPool }));

import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepareDatabase } from "@/scripts/prepare-db";
import { keptNationalBrief, keptSummaryFile } from "./kept-files";

beforeAll(async () => {
  await prepareDatabase(file, { demo: false, fresh: true });
}, 60_000);

afterAll(() => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
});

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("a kept summary document", () => {
  it("is rendered once per area, year, format and language, and sent again as the same bytes", async () => {
    const pdf = await keptSummaryFile("zigong", 2024, "pdf", "zh", "public");
    expect(text(pdf)).toBe("zigong 2024 pdf zh");
    expect(await keptSummaryFile("zigong", 2024, "pdf", "zh", "public")).toBe(pdf);
    expect(runInPool).toHaveBeenCalledTimes(1);
    expect(runInPool).toHaveBeenLastCalledWith({ kind: "summary-file", area: "zigong", year: 2024, format: "pdf", lang: "zh", audience: "public" });
    // Each of the other keys is its own document.
    expect(text(await keptSummaryFile("zigong", 2024, "pdf", "en", "public"))).toBe("zigong 2024 pdf en");
    expect(text(await keptSummaryFile("zigong", 2024, "docx", "zh", "public"))).toBe("zigong 2024 docx zh");
    expect(text(await keptSummaryFile("zigong", 2023, "pdf", "zh", "public"))).toBe("zigong 2023 pdf zh");
    expect(text(await keptSummaryFile("tongling", 2024, "pdf", "zh", "public"))).toBe("tongling 2024 pdf zh");
    expect(runInPool).toHaveBeenCalledTimes(5);
    // The full audience's document is its own, never the public's (published means approved).
    expect(text(await keptSummaryFile("zigong", 2024, "pdf", "zh", "full"))).toBe("zigong 2024 pdf zh");
    expect(runInPool).toHaveBeenCalledTimes(6);
    expect(runInPool).toHaveBeenLastCalledWith({ kind: "summary-file", area: "zigong", year: 2024, format: "pdf", lang: "zh", audience: "full" });
  });

  it("is rendered anew after a write to what the summary reads, by this server or another connection", async () => {
    runInPool.mockClear();
    const before = await keptSummaryFile("zigong", 2024, "pdf", "zh", "public");
    expect(runInPool).toHaveBeenCalledTimes(0);
    // A change to an area, written by the server.
    getDb().run(sql`update areas set name_en = name_en where code = 'zigong'`);
    const after = await keptSummaryFile("zigong", 2024, "pdf", "zh", "public");
    expect(after).not.toBe(before);
    expect(runInPool).toHaveBeenCalledTimes(1);
    // A write by another connection: a worker of the pool, a script.
    const other = new Database(file);
    other.prepare("update areas set name_zh = name_zh where code = 'zigong'").run();
    other.close();
    await keptSummaryFile("zigong", 2024, "pdf", "zh", "public");
    expect(runInPool).toHaveBeenCalledTimes(2);
  });
});

describe("a kept brief", () => {
  it("an area's brief is its own file beside the summary's formats; the national brief is kept per year, file type, language and audience", async () => {
    runInPool.mockClear();
    expect(text(await keptSummaryFile("zigong", 2024, "brief", "zh", "public"))).toBe("zigong 2024 brief zh");
    expect(text(await keptSummaryFile("zigong", 2024, "brief-docx", "zh", "public"))).toBe("zigong 2024 brief-docx zh");
    // The full summary's PDF of the same area-year is still the one kept above, not the brief.
    expect(text(await keptSummaryFile("zigong", 2024, "pdf", "zh", "public"))).toBe("zigong 2024 pdf zh");
    expect(runInPool).toHaveBeenCalledTimes(2);

    const national = await keptNationalBrief(2024, "pdf", "en", "public");
    expect(await keptNationalBrief(2024, "pdf", "en", "public")).toBe(national);
    expect(runInPool).toHaveBeenCalledTimes(3);
    expect(runInPool).toHaveBeenLastCalledWith({ kind: "national-brief", year: 2024, type: "pdf", lang: "en", audience: "public" });
    await keptNationalBrief(2024, "pdf", "en", "full");
    await keptNationalBrief(2024, "docx", "en", "public");
    await keptNationalBrief(2024, "pdf", "zh", "public");
    expect(runInPool).toHaveBeenCalledTimes(6);
    // A write to what the overview reads makes it anew.
    getDb().run(sql`update areas set name_en = name_en where code = 'zigong'`);
    await keptNationalBrief(2024, "pdf", "en", "public");
    expect(runInPool).toHaveBeenCalledTimes(7);
  });
});
