import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
// eslint-disable-next-line no-restricted-imports -- read only: counting the evidence files no page lists across areas
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { expect, test } from "./fixtures";
import { newClient, signInByRequest } from "./auth-requests";
import { valuesOf } from "./helpers";
import { EntryPage } from "./pages/entry-page";
import { official } from "./pages/login-page";

// Bad input on the write paths over HTTP, sent by a signed-in official of the area (who may write it,
// so it is the input that is refused): a clear 4xx answer in JSON, never a 5xx, and nothing stored.
// The server actions' own bad-input cases are in lib/actions/bad-input.test.ts; here are the upload
// route and what only HTTP can send (bodies too large for Next, cross-site calls).
// Nothing in this file is meant to be saved.

const AREA = "zigong";
const HEADER = "area_code,indicator_key,year,value,note,source";
const MB = "x".repeat(1024 * 1024);

let api: APIRequestContext;
test.afterAll(async () => {
  await api?.dispose();
});

async function officialClient(baseURL: string) {
  if (!api) {
    api = await newClient(baseURL);
    expect(await signInByRequest(api, official(AREA))).toBe(true);
  }
  return api;
}

/** Every stored value of the area, all years: what must stay the same. */
async function everything(request: APIRequestContext) {
  const res = await request.get(`/api/v1/areas/${AREA}/values`);
  expect(res.status()).toBe(200);
  return (await res.json()).data;
}

type Upload = { name: string; send: (api: APIRequestContext) => Promise<import("@playwright/test").APIResponse>; status: number; reason?: string; problem?: string };

const file = (name: string, content: string | Buffer, mimeType = "text/csv") => ({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
const commit = (f: ReturnType<typeof file>, fields: Record<string, string> = {}) => (a: APIRequestContext) =>
  a.post("/api/v1/import", { multipart: { mode: "commit", ...fields, file: f } });
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n") + "\n";

const UPLOADS: Upload[] = [
  { name: "JSON instead of a multipart upload", send: (a) => a.post("/api/v1/import", { data: { mode: "commit", file: "zigong,hte_count,2021,1" } }), status: 415, reason: "not_multipart" },
  {
    name: "a multipart body cut off in the middle",
    send: (a) =>
      a.post("/api/v1/import", {
        headers: { "content-type": "multipart/form-data; boundary=XYZ" },
        data: Buffer.from('--XYZ\r\nContent-Disposition: form-data; name="mode"\r\n\r\ncommit\r\n--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\narea_co'),
      }),
    status: 400,
    reason: "malformed_upload",
  },
  { name: "no file", send: (a) => a.post("/api/v1/import", { multipart: { mode: "commit" } }), status: 400, reason: "no_file" },
  { name: "an empty file", send: commit(file("empty.csv", "")), status: 400, reason: "empty_file" },
  { name: "an unknown form field", send: commit(file("v.csv", csv(`${AREA},hte_count,2021,1,,`)), { admin: "true" }), status: 400 },
  { name: "mode unknown", send: (a) => a.post("/api/v1/import", { multipart: { mode: "delete-all", file: file("v.csv", csv()) } }), status: 400 },
  { name: "an area field of 1 MB", send: commit(file("v.csv", csv(`${AREA},hte_count,2021,1,,`)), { area: MB }), status: 400 },
  { name: "a file type that is not a spreadsheet", send: commit(file("values.exe", "MZ\x90\x00")), status: 415, reason: "unsupported_type" },
  { name: "a CSV that is not UTF-8", send: commit(file("gbk.csv", Buffer.from([0x61, 0x2c, 0xd7, 0xd4, 0xb9, 0xb1, 0x0a, 0xff, 0xfe]))), status: 400, reason: "not_utf8" },
  { name: "an .xlsx that is not a workbook", send: commit(file("values.xlsx", "this is not a zip", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), status: 400, reason: "unreadable_file" },
  { name: "a CSV of 1,000,000 rows (24 MB)", send: commit(file("big.csv", HEADER + "\n" + `${AREA},hte_count,2021,1,,\n`.repeat(1_000_000))), status: 413, reason: "file_too_large" },
  { name: "a CSV of 1,000,000 short rows (under the size limit)", send: commit(file("rows.csv", HEADER + "\n" + "z,h,2,1\n".repeat(1_000_000))), status: 413, reason: "too_many_rows" },
  // Files that can be read but hold bad rows: the report lists each problem and the commit writes nothing (422).
  { name: "years out of range and not years", send: commit(file("v.csv", csv(`${AREA},hte_count,1899,1,,`, `${AREA},hte_count,2101,1,,`, `${AREA},hte_count,abc,1,,`, `${AREA},hte_count,2020.5,1,,`))), status: 422, problem: "bad_year" },
  { name: "values of the wrong type", send: commit(file("v.csv", csv(`${AREA},hte_count,2021,abc,,`, `${AREA},hte_count,2022,1e400,,`))), status: 422, problem: "not_a_number" },
  { name: "a note of 1 MB", send: commit(file("v.csv", csv(`${AREA},hte_count,2021,1,${MB},`))), status: 422, problem: "note_too_long" },
  { name: "an unknown indicator", send: commit(file("v.csv", csv(`${AREA},no_such_thing,2021,1,,`))), status: 422, problem: "unknown_indicator" },
  { name: "an unknown column (and one named __proto__)", send: commit(file("v.csv", `${HEADER},__proto__,constructor\n${AREA},hte_count,2021,1,,,x,y\n`)), status: 422, problem: "unknown_column" },
  { name: "another area's rows", send: commit(file("v.csv", csv("tongling,hte_count,2021,1,,"))), status: 422, problem: "not_your_area" },
];

test.describe("POST /api/v1/import refuses bad uploads clearly and stores nothing", () => {
  for (const upload of UPLOADS) {
    test(upload.name, async ({ baseURL, request }) => {
      const client = await officialClient(baseURL!);
      const before = await everything(request);
      const res = await upload.send(client);
      const text = await res.text();
      expect(res.status(), text.slice(0, 500)).toBe(upload.status);
      const body = JSON.parse(text);
      if (upload.problem) {
        expect(body.committed).toBe(false);
        expect(body.problems.map((p: { code: string }) => p.code)).toContain(upload.problem);
      } else {
        expect(typeof body.error.message).toBe("string");
        if (upload.reason) expect(body.error.reason).toBe(upload.reason);
      }
      expect(await everything(request)).toEqual(before);
    });
  }

  test("a truncated .xlsx (the template cut in half)", async ({ baseURL, request }) => {
    const client = await officialClient(baseURL!);
    const template = await client.get(`/api/v1/import/template?area=${AREA}&year=2021&format=xlsx`);
    expect(template.status()).toBe(200);
    const whole = await template.body();
    const before = await everything(request);
    const res = await commit(file("values.xlsx", whole.subarray(0, Math.floor(whole.length / 2)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))(client);
    expect(res.status(), await res.text()).toBe(400);
    expect((await res.json()).error.reason).toBe("unreadable_file");
    expect(await everything(request)).toEqual(before);
  });

  test("an upload from another site is refused", async ({ baseURL, request }) => {
    const client = await officialClient(baseURL!);
    const before = await everything(request);
    const res = await client.post("/api/v1/import", {
      headers: { origin: "https://evil.example" },
      multipart: { mode: "commit", file: file("v.csv", csv(`${AREA},hte_count,2021,1,,`)) },
    });
    expect(res.status()).toBe(403);
    expect(await everything(request)).toEqual(before);
  });
});

// ---- POST /api/v1/attachments: evidence files ----

const ATTACHMENTS_DIR = path.join("data", `e2e-${process.env.E2E_PORT ?? 3100}-attachments`);
const DATABASE = path.join("data", `e2e-${process.env.E2E_PORT ?? 3100}.db`);

/** Every evidence row and stored file: what must stay the same. */
function evidence() {
  const db = new Database(DATABASE, { fileMustExist: true, readonly: true });
  try {
    const rows = (db.prepare("select count(*) as n from attachments").get() as { n: number }).n;
    return { rows, files: fs.existsSync(ATTACHMENTS_DIR) ? fs.readdirSync(ATTACHMENTS_DIR).sort() : [] };
  } finally {
    db.close();
  }
}

const PDF = Buffer.from("%PDF-1.7\n%%EOF\n", "latin1");
const attach = (f: ReturnType<typeof file>, fields: Record<string, string> = {}) => (a: APIRequestContext) =>
  a.post("/api/v1/attachments", { multipart: { areaCode: AREA, year: "2021", indicatorKey: "", ...fields, file: f } });

const ATTACHMENT_UPLOADS: { name: string; send: (api: APIRequestContext) => Promise<import("@playwright/test").APIResponse>; status: number; message?: string }[] = [
  { name: "JSON instead of a multipart upload", send: (a) => a.post("/api/v1/attachments", { data: { areaCode: AREA, year: 2021 } }), status: 415, message: "not_multipart" },
  { name: "no file", send: (a) => a.post("/api/v1/attachments", { multipart: { areaCode: AREA, year: "2021" } }), status: 400, message: "attachment_missing" },
  { name: "an empty file", send: attach(file("empty.pdf", "", "application/pdf")), status: 400, message: "attachment_empty" },
  { name: "an unknown form field", send: attach(file("a.pdf", PDF, "application/pdf"), { admin: "true" }), status: 400 },
  { name: "a year out of range", send: attach(file("a.pdf", PDF, "application/pdf"), { year: "1899" }), status: 400, message: "invalid_year" },
  { name: "a year that is not a year", send: attach(file("a.pdf", PDF, "application/pdf"), { year: "2021.5" }), status: 400, message: "invalid_year" },
  { name: "an area of 1 MB", send: attach(file("a.pdf", PDF, "application/pdf"), { areaCode: MB }), status: 400, message: "invalid_area" },
  { name: "an indicator that is no flagged value", send: attach(file("a.pdf", PDF, "application/pdf"), { indicatorKey: "no_such_thing" }), status: 400, message: "attachment_value_not_flagged" },
  { name: "a program named .pdf", send: attach(file("report.pdf", Buffer.from("MZ\x90\x00\x03\x00This program cannot be run in DOS mode.", "latin1"), "application/pdf")), status: 415, message: "attachment_type" },
  { name: "an HTML page named .pdf", send: attach(file("report.pdf", "<html><script>alert(1)</script></html>", "application/pdf")), status: 415, message: "attachment_type" },
  { name: "a plain zip named .xlsx", send: attach(file("data.xlsx", Buffer.from(zipSync({ "a.txt": strToU8("a") })), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), status: 415, message: "attachment_type" },
  { name: "a PDF of 9 MB", send: attach(file("big.pdf", Buffer.concat([PDF, Buffer.alloc(9 * 1024 * 1024)]), "application/pdf")), status: 413, message: "attachment_too_large" },
  { name: "another area", send: attach(file("a.pdf", PDF, "application/pdf"), { areaCode: "tongling" }), status: 403, message: "not_your_area" },
  { name: "from another site", send: (a) => a.post("/api/v1/attachments", { headers: { origin: "https://evil.example" }, multipart: { areaCode: AREA, year: "2021", file: file("a.pdf", PDF, "application/pdf") } }), status: 403 },
];

test.describe("POST /api/v1/attachments refuses bad uploads clearly and stores nothing", () => {
  for (const upload of ATTACHMENT_UPLOADS) {
    test(upload.name, async ({ baseURL }) => {
      const client = await officialClient(baseURL!);
      const before = evidence();
      const res = await upload.send(client);
      const text = await res.text();
      expect(res.status(), text.slice(0, 500)).toBe(upload.status);
      const body = JSON.parse(text);
      expect(typeof body.error.message).toBe("string");
      if (upload.message) expect(body.error.message).toBe(upload.message);
      expect(evidence()).toEqual(before);
    });
  }
});

test.describe("very wide files", () => {
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** 3,000 rows with a value in column XFD, the last one Excel has: about 24 KB on disk. */
  async function xfdWorkbook(): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("数据 Values");
    sheet.addRow(HEADER.split(","));
    for (let r = 2; r <= 3001; r++) {
      sheet.getCell(`A${r}`).value = AREA;
      sheet.getCell(`XFD${r}`).value = 1;
    }
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  test("an .xlsx with a value in column XFD on 3,000 rows and a CSV with 1,000,000 column names are refused, and the server goes on", async ({ baseURL, request }) => {
    const client = await officialClient(baseURL!);
    const before = await everything(request);
    const workbook = await xfdWorkbook();
    expect(workbook.byteLength).toBeLessThan(64 * 1024);
    const header = HEADER + "," + Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(",");

    for (const upload of [
      (a: APIRequestContext) => a.post("/api/v1/import", { multipart: { mode: "dry-run", file: file("wide.xlsx", workbook, XLSX) } }),
      (a: APIRequestContext) => a.post("/api/v1/import", { multipart: { mode: "dry-run", file: file("wide.csv", `${header}
${AREA},hte_count,2021,1,,
`) } }),
    ]) {
      const res = await upload(client);
      const text = await res.text();
      expect(res.status(), text.slice(0, 300)).toBe(400);
      expect(JSON.parse(text).error).toMatchObject({ code: "bad_request", reason: "too_many_columns", maxColumns: 64 });
      // The same server answers the next request.
      const alive = await request.get("/api/v1/indicators");
      expect(alive.status()).toBe(200);
    }
    expect(await everything(request)).toEqual(before);
  });
});

test.describe("server actions over HTTP", () => {
  test("a forged save larger than 1 MB gets 413, a cross-site one 403, and neither is stored", async ({ page, signIn, request }) => {
    const YEAR = 2024;
    const before = await valuesOf(request, AREA, YEAR);
    await signIn(official(AREA));
    const entry = new EntryPage(page);
    await entry.goto(AREA, YEAR);
    await entry.expectOpen(YEAR);
    await entry.value("人均地区生产总值").fill(String(before.find((v) => v.indicator === "gdp_per_capita")!.value + 1));

    // The save as the browser sends it, held back.
    let captured: { headers: Record<string, string>; body: Buffer } | null = null;
    await page.route("**/areas/zigong/entry**", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      captured = { headers: await route.request().allHeaders(), body: route.request().postDataBuffer()! };
      await route.abort();
    });
    await entry.save(YEAR);
    await expect.poll(() => captured !== null).toBe(true);
    const { headers, body } = captured!;
    const origin = new URL(page.url()).origin;
    const send = (data: Buffer, from = origin) =>
      page.request.post(`/areas/${AREA}/entry?year=${YEAR}`, {
        headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, accept: "text/x-component", origin: from },
        data,
        maxRedirects: 0,
      });

    // The same body with 2 MB of padding in its last field: refused before Next parses it.
    const boundary = /boundary=(.+)$/.exec(headers["content-type"]!)?.[1];
    const padded = boundary
      ? Buffer.concat([body.subarray(0, body.lastIndexOf(`--${boundary}--`)), Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="pad"\r\n\r\n${MB}${MB}\r\n--${boundary}--\r\n`)])
      : Buffer.concat([body, Buffer.from(MB + MB)]);
    const tooLarge = await send(padded);
    expect(tooLarge.status()).toBe(413);
    expect((await tooLarge.json()).error.code).toBe("payload_too_large");

    const crossSite = await send(body, "https://evil.example");
    expect(crossSite.status()).toBe(403);
    expect((await crossSite.json()).error.code).toBe("forbidden");

    expect(await valuesOf(request, AREA, YEAR)).toEqual(before);
  });
});
