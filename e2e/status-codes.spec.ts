import type { APIRequestContext } from "@playwright/test";
import { signedInClient } from "./auth-requests";
import { expect, test } from "./fixtures";
import { ADMIN, official } from "./pages/login-page";

// What each kind of visitor gets as the HTTP status of a page, not only on screen: a page that does
// not exist, or that this role may not open, answers 404 with the not-found text; a page that needs a
// signed-in visitor answers 307 to the sign-in page. (A 200 carrying the not-found text tells
// browsers, crawlers and monitoring that the page is fine.)

const NOT_FOUND_TEXT = "该页面或示范区不存在，或您无权查看。";
const YEAR = 2024;

async function expectStatus(api: APIRequestContext, path: string, status: number) {
  const res = await api.get(path, { maxRedirects: 0 });
  expect(res.status(), path).toBe(status);
  if (status === 404) expect(await res.text(), path).toContain(NOT_FOUND_TEXT);
  if (status === 307) expect(res.headers().location, path).toMatch(/^\/login\?callbackUrl=/);
}

test("pages answer 404 when missing or not for this role, 307 when signing in comes first, 200 otherwise", async ({ request, baseURL }) => {
  const anonymous = request;
  for (const [path, status] of [
    ["/no-such-page", 404],
    ["/areas/nowhere", 404],
    ["/areas/nowhere/entry", 307],
    [`/areas/nowhere/summary/${YEAR}`, 404],
    ["/areas/xuzhou/summary/1999", 404],
    ["/areas/xuzhou/summary/abcd", 404],
    ["/overview/1999", 404],
    ["/overview/abcd", 404],
    ["/audit", 307],
    ["/review", 307],
    [`/review/xuzhou/${YEAR}`, 307],
    ["/import", 307],
    ["/admin/approvals", 307],
    ["/", 200],
    ["/areas/xuzhou", 200],
    [`/areas/xuzhou/summary/${YEAR}`, 200],
    [`/overview/${YEAR}`, 200],
    ["/rankings", 200],
    ["/compare?area=xuzhou", 200],
  ] as const) {
    await expectStatus(anonymous, path, status);
  }

  // An official of one area: the evaluators' and the admin's pages are not for them.
  const officialClient = await signedInClient(baseURL!, official("zigong"));
  for (const [path, status] of [
    ["/audit", 404],
    ["/review", 404],
    [`/review/xuzhou/${YEAR}`, 404],
    ["/admin/approvals", 404],
    ["/areas/nowhere", 404],
    ["/import", 200],
    ["/areas/zigong", 200],
  ] as const) {
    await expectStatus(officialClient, path, status);
  }
  await officialClient.dispose();

  // The admin may open everything: an unknown area or year is still a 404.
  const admin = await signedInClient(baseURL!, ADMIN);
  for (const [path, status] of [
    ["/audit", 200],
    ["/review", 200],
    [`/review/xuzhou/${YEAR}`, 200],
    ["/review/nowhere/2024", 404],
    ["/review/xuzhou/1999", 404],
    ["/admin/approvals", 200],
  ] as const) {
    await expectStatus(admin, path, status);
  }
  await admin.dispose();
});
