import { describe, expect, it, vi } from "vitest";

// apiRoute's refusal of cross-site writes, for every route at once: a request that may change
// something (any method but GET and HEAD) from another site's page is a 403 with the API's JSON
// error, before the session is read or the handler runs.

vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => [] }), headers: async () => new Headers() }));
vi.mock("next-auth", () => ({ getServerSession: async () => null }));
vi.mock("@/db/queries/areas", () => ({ getAreaByCode: () => undefined }));

import { apiRoute, isCrossSiteWrite } from "./handler";

const ran = vi.fn();
const route = apiRoute({ permission: "areas.read" }, () => {
  ran();
  return Response.json({ ok: true });
});

function call(method: string, headers: Record<string, string>) {
  ran.mockClear();
  const req = new Request("http://localhost:3000/api/v1/anything", { method, headers: { host: "localhost:3000", ...headers } });
  return route(req, { params: Promise.resolve({}) });
}

describe("cross-site writes", () => {
  for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
    it(`${method} from another origin: 403, the handler does not run`, async () => {
      const res = await call(method, { origin: "https://evil.example" });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: { code: "forbidden", message: "Requests that change something are accepted from this site's own pages only." } });
      expect(ran).not.toHaveBeenCalled();
    });
  }

  it("POST from this site's own origin runs", async () => {
    const res = await call("POST", { origin: "http://localhost:3000" });
    expect(res.status).toBe(200);
    expect(ran).toHaveBeenCalledOnce();
  });

  it("the same host on another port, or an unreadable origin ('null', from a sandboxed frame), is another site", async () => {
    for (const origin of ["http://localhost:3001", "null", "not a url"]) expect((await call("POST", { origin })).status, origin).toBe(403);
  });

  it("without Origin, Sec-Fetch-Site decides, then Referer", async () => {
    expect((await call("POST", { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await call("POST", { "sec-fetch-site": "same-site" })).status).toBe(403);
    expect((await call("POST", { "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await call("POST", { referer: "https://evil.example/page" })).status).toBe(403);
    expect((await call("POST", { referer: "http://localhost:3000/summary" })).status).toBe(200);
  });

  it("a request with none of them is not a browser's (a script): it runs", async () => {
    expect((await call("POST", {})).status).toBe(200);
  });

  it("behind a proxy, the host the browser used (X-Forwarded-Host) is this site", () => {
    const req = new Request("http://127.0.0.1:3000/api/v1/x", { method: "POST", headers: { host: "127.0.0.1:3000", "x-forwarded-host": "monitor.example.cn", origin: "https://monitor.example.cn" } });
    expect(isCrossSiteWrite(req)).toBe(false);
  });

  it("GET and HEAD from anywhere are reads: they run", async () => {
    expect((await call("GET", { origin: "https://evil.example" })).status).toBe(200);
    expect((await call("HEAD", { origin: "https://evil.example" })).status).toBe(200);
  });
});
