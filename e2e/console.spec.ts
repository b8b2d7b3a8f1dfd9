import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The main pages load without an error in the browser's console and without a failed request (the
// favicon's 404 among them), and the site's icons and robots.txt are served.

/** Records console errors, uncaught exceptions and answers of 400 or more while `visit` runs. */
async function problemsWhile(page: Page, visit: () => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  };
  const onError = (e: Error) => problems.push(`exception: ${e.message}`);
  const onResponse = (r: { status(): number; url(): string }) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  };
  page.on("console", onConsole);
  page.on("pageerror", onError);
  page.on("response", onResponse);
  await visit();
  page.off("console", onConsole);
  page.off("pageerror", onError);
  page.off("response", onResponse);
  return problems;
}

/** Opens `path` and waits until the page and everything it loads (the charts' code too) has settled. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const figures = await page.locator("figure:has([data-testid=chart-data])").count();
  await expect(page.locator("figure svg.recharts-surface")).toHaveCount(figures);
}

const publicPages = [
  "/",
  "/areas/zigong",
  "/areas/zigong?group=rd",
  "/compare?area=zigong&year=2024",
  "/compare/side-by-side?areas=zigong,tongling&year=2024",
  "/rankings?year=2024",
  "/overview/2024",
  "/areas/zigong/summary/2024",
  "/policy",
  "/login",
];

test("the public pages log no error and request nothing that fails", async ({ page }) => {
  for (const path of publicPages) {
    const problems = await problemsWhile(page, () => open(page, path));
    expect(problems, path).toEqual([]);
  }
});

test("the evaluator's pages log no error and request nothing that fails", async ({ page, signIn }) => {
  await signIn("evaluator@demo.local");
  for (const path of ["/review", "/audit", "/areas/zigong/summary/2024"]) {
    const problems = await problemsWhile(page, () => open(page, path));
    expect(problems, path).toEqual([]);
  }
});

test("a failed request would be caught: an unknown page's 404 is reported", async ({ page }) => {
  const problems = await problemsWhile(page, () => page.goto("/no-such-page").then(() => undefined));
  expect(problems.some((p) => p.startsWith("HTTP 404"))).toBe(true);
});

test("the icons and robots.txt are served", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/");
  // The ICO header: reserved 0, type 1 (icon), three images (16, 32, 48 px).
  expect([...(await favicon.body()).subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0]);

  await page.goto("/");
  for (const rel of ["icon", "apple-touch-icon"]) {
    const hrefs = await page.locator(`head link[rel="${rel}"]`).evaluateAll((links) => links.map((l) => l.getAttribute("href")!));
    expect(hrefs.length, rel).toBeGreaterThan(0);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  }

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  for (const path of ["/review", "/audit", "/admin", "/import", "/login", "/register", "/areas/*/entry", "/areas/*/targets", "/api/v1/import"]) {
    expect(text).toContain(`Disallow: ${path}\n`);
  }
  // The public dashboards stay open to search engines.
  for (const path of ["/areas", "/rankings", "/compare", "/overview"]) expect(text).not.toMatch(new RegExp(`^Disallow: ${path}/?$`, "m"));
});
