import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
// eslint-disable-next-line no-restricted-imports -- set-up only: two accounts no page can create (a viewer, a pending official)
import Database from "better-sqlite3";
import { expect, test } from "./fixtures";
import { newClient, signInByRequest } from "./auth-requests";
import { valuesOf } from "./helpers";
import { ADMIN, official } from "./pages/login-page";

// Every role × every route handler that changes something, over HTTP with each role's own session
// cookie. The mutating handlers are found by reading app/api: one without a row here fails the first
// test. (The server actions have their matrix in lib/actions/permission-matrix.test.ts.)
// Written here and nowhere else: zigong srdi_firms 2021, and zigong's 2021 evidence files.

const ROLES = ["anonymous", "viewer", "pending official of A", "official of A", "official of B", "evaluator", "admin"] as const;
type Role = (typeof ROLES)[number];
const AREA_A = "zigong";
const YEAR = 2021;
const INDICATOR = "srdi_firms";

const ACCOUNTS: Record<Role, string | null> = {
  anonymous: null,
  viewer: "viewer@e2e.test",
  "pending official of A": "pending@e2e.test",
  "official of A": official(AREA_A),
  "official of B": official("tongling"),
  evaluator: "evaluator@demo.local",
  admin: ADMIN,
};

/** The database the e2e server uses (playwright.config.ts: one per port). */
const DATABASE = path.join("data", `e2e-${process.env.E2E_PORT ?? 3100}.db`);

function createAccounts() {
  const db = new Database(DATABASE, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const insert = db.prepare(
      `insert into users (email, name, password_hash, role, area_id, status)
       values (?, ?, (select password_hash from users where email = ?), ?, (select id from areas where code = ?), ?)
       on conflict(email) do nothing`,
    );
    insert.run(ACCOUNTS.viewer, "E2E viewer", ADMIN, "viewer", null, "active");
    insert.run(ACCOUNTS["pending official of A"], "E2E pending official", ADMIN, "official", AREA_A, "pending");
  } finally {
    db.close();
  }
}

const clients = new Map<Role, APIRequestContext>();
async function clientOf(baseURL: string, role: Role): Promise<APIRequestContext> {
  if (!clients.has(role)) {
    const api = await newClient(baseURL);
    const email = ACCOUNTS[role];
    if (email) expect(await signInByRequest(api, email), `sign in as ${role}`).toBe(true);
    clients.set(role, api);
  }
  return clients.get(role)!;
}

test.beforeAll(() => createAccounts());
test.afterAll(async () => {
  for (const api of clients.values()) await api.dispose();
});

// ---- the mutating route handlers, as found in app/api ----

const API_DIR = path.join(process.cwd(), "app", "api");
const MUTATING = /export\s+(?:const|async\s+function|function)\s+(POST|PUT|PATCH|DELETE)\b|export\s*\{[^}]*\b(?:as\s+)?(POST|PUT|PATCH|DELETE)\b[^}]*\}/g;

function mutatingRoutes(dir = API_DIR): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...mutatingRoutes(full));
    else if (entry.name === "route.ts") {
      const route = "/" + path.relative(path.join(process.cwd(), "app"), dir).split(path.sep).join("/");
      for (const m of fs.readFileSync(full, "utf8").matchAll(MUTATING)) found.push(`${m[1] ?? m[2]} ${route}`);
    }
  }
  return [...new Set(found)].sort();
}

// ---- POST /api/v1/import ----

type Outcome = "allow" | "deny";
const IMPORT_EXPECT: Record<Role, Outcome> = {
  anonymous: "deny",
  viewer: "deny",
  "pending official of A": "deny",
  "official of A": "allow",
  "official of B": "deny",
  evaluator: "deny",
  admin: "allow",
};

async function storedValue(api: APIRequestContext) {
  return (await valuesOf(api, AREA_A, YEAR)).find((v) => v.indicator === INDICATOR)?.value;
}

function importRequest(api: APIRequestContext, value: number) {
  const csv = `area_code,indicator_key,year,value,note,source\n${AREA_A},${INDICATOR},${YEAR},${value},permission matrix (e2e),e2e\n`;
  return api.post("/api/v1/import", {
    multipart: { mode: "commit", file: { name: "values.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
  });
}

test("every route handler that changes something has a row in this matrix", () => {
  expect(mutatingRoutes()).toEqual(["POST /api/auth/[...nextauth]", "POST /api/v1/attachments", "POST /api/v1/import", "POST /api/v1/summaries/bundles"]);
});

test.describe("POST /api/v1/import (commit one value of area A)", () => {
  for (const role of ROLES) {
    test(`${role} → ${IMPORT_EXPECT[role]}`, async ({ baseURL, request }) => {
      const api = await clientOf(baseURL!, role);
      const before = await valuesOf(request, AREA_A, YEAR);
      const current = before.find((v) => v.indicator === INDICATOR)!.value;
      const res = await importRequest(api, current + 1);
      const body = await res.json();
      if (IMPORT_EXPECT[role] === "allow") {
        expect(res.status(), JSON.stringify(body)).toBe(200);
        expect(body).toMatchObject({ committed: true, summary: { changed: 1 } });
        expect(await storedValue(request)).toBe(current + 1);
      } else {
        // Signed out 401; without the permission 403; another area's official: the row is refused (422).
        const expected = role === "anonymous" ? 401 : role === "official of B" ? 422 : 403;
        expect(res.status(), JSON.stringify(body)).toBe(expected);
        if (expected === 422) expect(body).toMatchObject({ committed: false, problems: [{ code: "not_your_area" }] });
        else expect(body.error.code).toBe(expected === 401 ? "unauthenticated" : "forbidden");
        expect(await valuesOf(request, AREA_A, YEAR)).toEqual(before);
      }
    });
  }
});

// ---- POST /api/v1/attachments, and the download of what it stored ----

const ATTACH_EXPECT: Record<Role, Outcome> = { ...IMPORT_EXPECT };
const PDF = Buffer.from("%PDF-1.7\n%%EOF\n", "latin1");

/** Area A's evidence files of the year, read from the e2e server's database. */
function storedAttachments(): number {
  const db = new Database(DATABASE, { fileMustExist: true, readonly: true });
  try {
    return (db.prepare("select count(*) as n from attachments where year = ? and area_id = (select id from areas where code = ?)").get(YEAR, AREA_A) as { n: number }).n;
  } finally {
    db.close();
  }
}

function attachRequest(api: APIRequestContext) {
  return api.post("/api/v1/attachments", {
    multipart: { areaCode: AREA_A, year: String(YEAR), indicatorKey: "", file: { name: "matrix.pdf", mimeType: "application/pdf", buffer: PDF } },
  });
}

test.describe("POST /api/v1/attachments (a PDF to area A's year)", () => {
  for (const role of ROLES) {
    test(`${role} → ${ATTACH_EXPECT[role]}`, async ({ baseURL }) => {
      const api = await clientOf(baseURL!, role);
      const before = storedAttachments();
      const res = await attachRequest(api);
      const body = await res.json();
      if (ATTACH_EXPECT[role] === "allow") {
        expect(res.status(), JSON.stringify(body)).toBe(201);
        expect(body).toMatchObject({ kind: "pdf", fileName: "matrix.pdf" });
        expect(storedAttachments()).toBe(before + 1);
      } else {
        const expected = role === "anonymous" ? 401 : 403;
        expect(res.status(), JSON.stringify(body)).toBe(expected);
        expect(body.error.message).toBe(role === "anonymous" ? "unauthenticated" : role === "official of B" ? "not_your_area" : "forbidden");
        expect(storedAttachments()).toBe(before);
      }
    });
  }
});

// Reading: the area's official and every reviewer; another area's official finds nothing (404, as a
// file that does not exist), and the public and viewers are refused before anything is looked up.
const DOWNLOAD_EXPECT: Record<Role, number> = {
  anonymous: 401,
  viewer: 403,
  "pending official of A": 403,
  "official of A": 200,
  "official of B": 404,
  evaluator: 200,
  admin: 200,
};

test.describe("GET /api/v1/attachments/:id (a file of area A)", () => {
  let id = 0;
  test.beforeAll(async ({ baseURL }) => {
    const res = await attachRequest(await clientOf(baseURL!, "admin"));
    expect(res.status()).toBe(201);
    id = (await res.json()).id;
  });
  for (const role of ROLES) {
    test(`${role} → ${DOWNLOAD_EXPECT[role]}`, async ({ baseURL }) => {
      const res = await (await clientOf(baseURL!, role)).get(`/api/v1/attachments/${id}`);
      expect(res.status()).toBe(DOWNLOAD_EXPECT[role]);
      if (res.status() === 200) {
        expect(res.headers()["content-disposition"]).toMatch(/^attachment; /);
        expect(Buffer.from(await res.body())).toEqual(PDF);
      }
    });
  }
});

// ---- POST /api/v1/summaries/bundles ----

// Starting a real bundle would make every area's summary files (and keep other tests' jobs waiting),
// so the request names a year without summaries: past the permission check it is a 404, before it
// a 401 or 403. Nothing is stored either way; the job store is in memory.
const BUNDLE_EXPECT: Record<Role, Outcome> = {
  anonymous: "deny",
  viewer: "deny",
  "pending official of A": "deny",
  "official of A": "deny",
  "official of B": "deny",
  evaluator: "allow",
  admin: "allow",
};

test.describe("POST /api/v1/summaries/bundles (the permission check, before any work)", () => {
  for (const role of ROLES) {
    test(`${role} → ${BUNDLE_EXPECT[role]}`, async ({ baseURL }) => {
      const api = await clientOf(baseURL!, role);
      const res = await api.post("/api/v1/summaries/bundles?year=1990&lang=zh");
      const body = await res.json();
      if (BUNDLE_EXPECT[role] === "allow") {
        expect(res.status(), JSON.stringify(body)).toBe(404);
        expect(body.error.code).toBe("not_found");
      } else {
        expect(res.status(), JSON.stringify(body)).toBe(role === "anonymous" ? 401 : 403);
      }
    });
  }
});

// ---- POST /api/auth/* (next-auth): sign-in and sign-out need next-auth's CSRF token ----

test.describe("POST /api/auth/signout without next-auth's CSRF token (a cross-site sign-out)", () => {
  for (const role of ROLES.filter((r) => r !== "anonymous")) {
    test(`${role} → deny: still signed in`, async ({ baseURL }) => {
      const api = await clientOf(baseURL!, role);
      const res = await api.post("/api/auth/signout", { form: { callbackUrl: "/" }, maxRedirects: 0 });
      expect(res.status()).toBeLessThan(500);
      const session = await (await api.get("/api/auth/session")).json();
      expect(session.user?.email).toBe(ACCOUNTS[role]);
    });
  }
});

test.describe("POST /api/auth/callback/credentials without next-auth's CSRF token (a cross-site sign-in)", () => {
  for (const role of ROLES) {
    test(`${role} → deny: the session does not change`, async ({ baseURL }) => {
      const api = await clientOf(baseURL!, role);
      const res = await api.post("/api/auth/callback/credentials", {
        form: { email: official("xuzhou"), password: "demo-password", callbackUrl: "/", json: "true" },
        maxRedirects: 0,
      });
      expect(res.status()).toBeLessThan(500);
      const session = await (await api.get("/api/auth/session")).json();
      expect(session.user?.email ?? null).toBe(ACCOUNTS[role]);
    });
  }
});
