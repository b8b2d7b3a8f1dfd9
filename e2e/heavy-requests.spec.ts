import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { newClient, signedInClient } from "./auth-requests";
import { ADMIN } from "./pages/login-page";

// Heavy jobs (summary documents rendered, spreadsheets checked) run off the server's thread: a light
// request answers while they run. Signed-out clients may download only a few documents a minute.
// Writes nothing.

const YEAR = 2024;
const LIGHT = "/api/v1/indicators";
/**
 * Far above a light answer (a few ms, tens on a busy machine), far below what it waited while the
 * documents or the checks ran on the server's thread (seconds).
 */
const LIGHT_BOUND_MS = 1000;

async function lightMs(api: APIRequestContext): Promise<number> {
  const started = Date.now();
  const res = await api.get(LIGHT);
  expect(res.status()).toBe(200);
  return Date.now() - started;
}

/**
 * Starts the heavy requests and, while any of them is unanswered, sends a light one every 250 ms
 * without waiting for the one before, as visitors arriving at any moment would. Each light answer
 * is timed from when it was sent; a light request sent while the server's thread is busy waits
 * until it is free.
 */
async function lightWhile(heavy: (() => Promise<unknown>)[], light: APIRequestContext) {
  // Once before, awaited: the route's code is loaded and the pool's thread started, as on a server
  // that has been up for a while; what is measured is the heavy work itself.
  await heavy[0]!();
  let unanswered = heavy.length - 1;
  const pending = Promise.all(heavy.slice(1).map((send) => send().then(() => unanswered--)));
  const sent: Promise<number>[] = [];
  while (unanswered > 0) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (unanswered > 0) sent.push(lightMs(light));
  }
  await pending;
  const times = (await Promise.all(sent)).sort((a, b) => a - b);
  // The median: one answer may meet a busy moment of a shared machine; a stall delays most of them.
  return { times, median: times[Math.floor(times.length / 2)] ?? 0 };
}

test.describe("a light request does not wait behind heavy ones", () => {
  test.setTimeout(240_000);

  test("the indicators answer while 23 summary PDFs are rendered", async ({ baseURL }) => {
    const evaluator = await signedInClient(baseURL!, "evaluator@demo.local");
    const anonymous = await newClient(baseURL!);
    await lightMs(anonymous);
    const areas = ((await (await anonymous.get("/api/v1/areas?pageSize=12")).json()) as { data: { code: string }[] }).data.map((a) => a.code);
    expect(areas).toHaveLength(12);
    // Signed in, so the download limit does not apply; every document a different one, so none is kept yet.
    const pdfs = areas.flatMap((code) =>
      (["zh", "en"] as const).map((lang) => async () => {
        const res = await evaluator.get(`/api/v1/summaries/${code}/${YEAR}?format=pdf&lang=${lang}`, { timeout: 200_000 });
        expect(res.status(), `${code} ${lang}`).toBe(200);
        expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
      }),
    );
    const { times, median } = await lightWhile(pdfs, anonymous);
    expect(times.length, "light requests sent while PDFs were being rendered").toBeGreaterThanOrEqual(5);
    expect(median, `light answers: ${times.join(", ")} ms`).toBeLessThan(LIGHT_BOUND_MS);
  });

  test("the indicators answer while two files of 50,000 rows are checked", async ({ baseURL }) => {
    const admin = await signedInClient(baseURL!, ADMIN);
    const anonymous = await newClient(baseURL!);
    await lightMs(anonymous);
    // Every row is read and checked; most repeat another (a problem each), so a commit would write nothing.
    const rows = Array.from({ length: 50_000 }, (_, i) => `zigong,hte_count,${2018 + (i % 5)},${100 + (i % 997)},`);
    const file = { name: "rows.csv", mimeType: "text/csv", buffer: Buffer.from(["area_code,indicator_key,year,value,note", ...rows].join("\n") + "\n") };
    const checks = [0, 1, 2].map(() => async () => {
      const res = await admin.post("/api/v1/import", { multipart: { mode: "dry-run", file }, timeout: 200_000 });
      expect(res.status()).toBe(200);
      const body = (await res.json()) as { committed: boolean; summary: { rows: number; problems: number } };
      expect(body.committed).toBe(false);
      expect(body.summary.rows).toBe(50_000);
      expect(body.summary.problems).toBeGreaterThan(0);
    });
    const { times, median } = await lightWhile(checks, anonymous);
    expect(times.length, "light requests sent while the files were being checked").toBeGreaterThanOrEqual(5);
    expect(median, `light answers: ${times.join(", ")} ms`).toBeLessThan(LIGHT_BOUND_MS);
  });
});

test.describe("signed-out downloads of summary documents", () => {
  // Each test its own client address (X-Forwarded-For, as a reverse proxy sets it), so that the
  // limits of one do not reach another.
  test("ten at once from one address, the eleventh refused with 429 and Retry-After; data and other addresses go on", async ({ baseURL }) => {
    const address = "198.51.100.31";
    const url = (lang: string) => `/api/v1/summaries/zigong/${YEAR}?format=xlsx&lang=${lang}`;
    // Made once, signed in, so that the ten below are quick: the limit's window must not refill during them.
    const evaluator = await signedInClient(baseURL!, "evaluator@demo.local");
    for (const lang of ["zh", "en"]) expect((await evaluator.get(url(lang), { timeout: 120_000 })).status()).toBe(200);
    const anonymous = await newClient(baseURL!, address);
    for (let i = 0; i < 10; i++) {
      const res = await anonymous.get(url(i % 2 ? "en" : "zh"), { timeout: 120_000 });
      expect(res.status(), `download ${i + 1}`).toBe(200);
    }
    const refused = await anonymous.get(url("zh"));
    expect(refused.status()).toBe(429);
    const retryAfter = Number(refused.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(6);
    const body = (await refused.json()) as { error: { code: string; message: string; retryAfter: number } };
    expect(body.error).toMatchObject({ code: "too_many_requests", retryAfter });
    expect(body.error.message).toContain("sign in");
    // The summary as data is not a document: still answered.
    expect((await anonymous.get(`/api/v1/summaries/zigong/${YEAR}`)).status()).toBe(200);
    // Another address has its own ten.
    const other = await newClient(baseURL!, "198.51.100.32");
    expect((await other.get(url("zh"))).status()).toBe(200);
  });

  test("a signed-in user is not limited, from the same address", async ({ baseURL }) => {
    const address = "198.51.100.33";
    const evaluator = await signedInClient(baseURL!, "evaluator@demo.local", address);
    for (let i = 0; i < 12; i++) {
      const res = await evaluator.get(`/api/v1/summaries/zigong/${YEAR}?format=docx&lang=${i % 2 ? "en" : "zh"}`, { timeout: 120_000 });
      expect(res.status(), `download ${i + 1}`).toBe(200);
    }
    // The same address signed out is limited as any other.
    const anonymous = await newClient(baseURL!, address);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await anonymous.get(`/api/v1/summaries/zigong/${YEAR}?format=docx&lang=zh`, { timeout: 120_000 })).status());
    expect(statuses).toEqual([...Array(10).fill(200), 429]);
  });
});
