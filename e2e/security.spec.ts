import { expect, test } from "./fixtures";
import { newClient, SESSION_COOKIE, signedInClient, signInByRequest } from "./auth-requests";
import { signedInPage, valueOf } from "./helpers";
import { EntryPage } from "./pages/entry-page";
import { ADMIN, LoginPage, official } from "./pages/login-page";

// Security headers, the Content-Security-Policy at work, session cookies, sign-in rate limits,
// cross-site requests, and two saves of one area-year at the same moment.
// Accounts used only here: official.daqing (locked), official.xuzhou, official.pingxiang and official.tangshan.
// Area-years written only here: zigong 2022 and zigong 2021 (gdp_per_capita).

const NEUTRAL = "邮箱或密码不正确。";
const GDP = { key: "gdp_per_capita", name: "人均地区生产总值" };

function nonceOf(csp: string | undefined): string {
  const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp ?? "")?.[1];
  expect(nonce, csp).toBeTruthy();
  return nonce!;
}

test.describe("response headers", () => {
  test("every page carries the security headers and a CSP with its own nonce", async ({ request }) => {
    const nonces = new Set<string>();
    const pages = ["/", "/login", "/areas/zigong", "/areas/zigong/entry", "/no-such-page"];
    for (const path of pages) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBeLessThan(500);
      const h = res.headers();
      const csp = h["content-security-policy"];
      for (const directive of [
        "default-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
      ]) {
        expect(csp, `${path}: ${directive}`).toContain(directive);
      }
      // Scripts need this response's nonce: no 'unsafe-inline', no 'unsafe-eval' in production.
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
      nonces.add(nonceOf(csp));
      expect(h["x-content-type-options"], path).toBe("nosniff");
      expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(h["x-frame-options"], path).toBe("DENY");
      expect(h["x-powered-by"], path).toBeUndefined();
    }
    expect(nonces.size, "a fresh nonce for every response").toBe(pages.length);
  });

  test("every API response carries the security headers and a CSP that allows nothing", async ({ request }) => {
    for (const path of ["/api/v1/indicators", "/api/v1/areas/nowhere/values", "/api/v1/areas/zigong/values?year=abc", "/api/auth/session"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBeLessThan(500);
      const h = res.headers();
      expect(h["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
      expect(h["x-content-type-options"], path).toBe("nosniff");
      expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(h["x-frame-options"], path).toBe("DENY");
    }
  });
});

test.describe("the Content-Security-Policy at work", () => {
  test("the app's own scripts run on every kind of page, without a single violation", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const path of ["/", "/areas/zigong", "/compare?area=zigong&year=2024", "/rankings?year=2024", "/login", "/register"]) {
      const res = await page.goto(path);
      const nonce = nonceOf(res?.headers()["content-security-policy"]);
      // Next's inline bootstrap scripts ran (they fill self.__next_f) and every script carries the nonce.
      await expect.poll(() => page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f))).toBe(true);
      // The charts' chunks, which the bootstrap adds later (next/dynamic), carry none: 'strict-dynamic'
      // trusts what a nonced script loads. Any other script without the nonce is refused.
      const scripts = await page.evaluate(() =>
        [...document.scripts].filter((s) => !(s.nonce === "" && new URL(s.src || "x:", location.href).pathname.startsWith("/_next/static/chunks/") && s.src.startsWith(location.origin))).map((s) => s.nonce),
      );
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(new Set(scripts), path).toEqual(new Set([nonce]));
    }
    // Hydrated: the language switch works (a client component calling a server action).
    await page.goto("/");
    const languageSwitch = page.getByTestId("language-switch");
    await languageSwitch.click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await languageSwitch.click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    expect(violations).toEqual([]);
  });

  test("markup injected into a page cannot run script", async ({ page }) => {
    await page.goto("/areas/zigong");
    const blocked = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener("securitypolicyviolation", (e) => resolve(e.violatedDirective), { once: true });
        }),
    );
    // What a stored XSS would look like: an inline event handler in HTML that reached the page.
    await page.evaluate(() => {
      const div = document.createElement("div");
      div.innerHTML = '<img src="/no-such-image.png" onerror="window.__pwned = true">';
      document.body.append(div);
    });
    expect(await blocked).toMatch(/^script-src/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });
});

test.describe("session cookies", () => {
  test("after sign-in the session cookie is httpOnly and SameSite=Lax, and page scripts cannot read it", async ({ page, context, signIn }) => {
    await signIn(official("zigong"));
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === SESSION_COOKIE);
    expect(session, cookies.map((c) => c.name).join(", ")).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    // Plain http in this test: Secure (and the __Secure- name) come with an https NEXTAUTH_URL.
    expect(session!.secure).toBe(false);
    expect(cookies.find((c) => c.name === "next-auth.csrf-token")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(await page.evaluate(() => document.cookie)).not.toContain("next-auth");
  });
});

test.describe("sign-in limits", () => {
  // A client address of its own (sent as X-Forwarded-For), so that the rest of the suite, signing in
  // from localhost, is never slowed down by this test.
  const ADDRESS = "203.0.113.77";
  const LOCKED = official("daqing");
  const SAME_ADDRESS = official("xuzhou");
  const AFTER_ADDRESS_LOCK = official("pingxiang");

  async function attempt(login: LoginPage, page: import("@playwright/test").Page, email: string, password: string) {
    await login.email.fill(email);
    await login.password.fill(password);
    const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await login.submit.click();
    return answered;
  }

  test("five wrong passwords lock the account; twenty failures lock the address; both answer like a wrong password", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ADDRESS } });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto();

    for (let i = 1; i <= 5; i++) {
      expect((await attempt(login, page, LOCKED, `wrong-password-${i}`)).status()).toBe(401);
      await expect(login.error).toHaveText(NEUTRAL);
    }
    await expect(page.getByTestId("login-hint")).toBeVisible();

    // The right password now fails, with the same answer as a wrong one.
    expect((await attempt(login, page, LOCKED, "demo-password")).status()).toBe(401);
    await expect(login.error).toHaveText(NEUTRAL);
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByTestId("signed-in-as")).toHaveCount(0);

    // The lock is the account's: another account from the same address still signs in.
    await login.signIn(SAME_ADDRESS);
    await context.close();

    // The address has 5 failures; 15 more (guesses at other accounts) reach its limit of 20.
    const api = await newClient(baseURL!, ADDRESS);
    for (let i = 1; i <= 15; i++) expect(await signInByRequest(api, `guess${i}@example.cn`, "wrong-password")).toBe(false);
    // Now every account is refused from this address, even with the right password…
    expect(await signInByRequest(api, AFTER_ADDRESS_LOCK)).toBe(false);
    await api.dispose();
    // …and still signs in from another.
    const elsewhere = await newClient(baseURL!, "203.0.113.78");
    expect(await signInByRequest(elsewhere, AFTER_ADDRESS_LOCK)).toBe(true);
    // The locked account stays locked from any address.
    const another = await newClient(baseURL!, "203.0.113.79");
    expect(await signInByRequest(another, LOCKED)).toBe(false);
    await elsewhere.dispose();
    await another.dispose();
  });

  test("behind the proxy, what a client writes into X-Forwarded-For does not give it a new address", async ({ baseURL }) => {
    // The proxy appends the address it saw (203.0.113.90); the client prepends one of its choosing
    // for every guess. All 20 count against 203.0.113.90, which is then locked.
    const PROXY_SAW = "203.0.113.90";
    for (let i = 1; i <= 20; i++) {
      const api = await newClient(baseURL!, `198.51.100.${i}, ${PROXY_SAW}`);
      expect(await signInByRequest(api, `dodge${i}@example.com`, "wrong-password")).toBe(false);
      await api.dispose();
    }
    const forged = await newClient(baseURL!, `198.51.100.250, ${PROXY_SAW}`);
    expect(await signInByRequest(forged, official("tangshan"))).toBe(false);
    await forged.dispose();
    // The account itself is not locked: from another address it signs in.
    const elsewhere = await newClient(baseURL!, "203.0.113.91");
    expect(await signInByRequest(elsewhere, official("tangshan"))).toBe(true);
    await elsewhere.dispose();
  });

  test("a sign-in without next-auth's CSRF token is refused", async ({ baseURL }) => {
    const api = await newClient(baseURL!, "203.0.113.80");
    const res = await api.post("/api/auth/callback/credentials", {
      form: { email: official("xuzhou"), password: "demo-password", callbackUrl: "/", json: "true" },
      maxRedirects: 0,
    });
    expect(res.status()).toBeLessThan(500);
    expect((await api.storageState()).cookies.some((c) => c.name === SESSION_COOKIE)).toBe(false);
    await api.dispose();
  });
});

test.describe("where sign-in leads", () => {
  test("a callbackUrl that points at another site ends on this site; one on this site is followed", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    // Were the browser sent away, it would find this page rather than a network error.
    await page.route((url) => url.hostname.endsWith("evil.example"), (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<h1>phish</h1>" }));
    const login = new LoginPage(page);
    const signInWith = async (callbackUrl: string) => {
      await page.context().clearCookies();
      await page.goto(`/login?callbackUrl=${callbackUrl}`);
      await login.email.fill(official("zigong"));
      await login.password.fill("demo-password");
      await login.submit.click();
    };
    for (const callbackUrl of ["%2F%5Cevil.example%2Fphish", "%2F%09%2Fevil.example", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example%2F", "javascript%3Aalert(1)"]) {
      await signInWith(callbackUrl);
      // The home page of this site, signed in; never the other site's page.
      await expect(page, callbackUrl).toHaveURL(`${origin}/`);
      await expect(page.getByTestId("signed-in-as")).toBeVisible();
      await expect(page.getByRole("heading", { name: "phish" })).toHaveCount(0);
    }
    await signInWith(encodeURIComponent(`${origin}/areas/zigong?group=innovation`));
    await expect(page).toHaveURL(`${origin}/areas/zigong?group=innovation`);
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
  });
});

test.describe("cross-site requests", () => {
  test("a write to the API from another origin is refused for every route: the .zip of all summaries", async ({ baseURL }) => {
    const api = await signedInClient(baseURL!, "evaluator@demo.local", "203.0.113.130");
    // A year without summaries: past the checks it is a 404, and no job starts either way.
    const forged = await api.post("/api/v1/summaries/bundles?year=1990&lang=zh", { headers: { origin: "https://evil.example" } });
    expect(forged.status()).toBe(403);
    expect((await forged.json()).error.code).toBe("forbidden");
    const own = await api.post("/api/v1/summaries/bundles?year=1990&lang=zh", { headers: { origin: new URL(baseURL!).origin } });
    expect(own.status()).toBe(404);
    await api.dispose();
  });

  test("a server action posted from another origin is refused and changes nothing", async ({ page, signIn, request }) => {
    const YEAR = 2021;
    const stored = (await valueOf(request, "zigong", GDP.key, YEAR))!.value;
    await signIn(official("zigong"));
    const entry = new EntryPage(page);
    await entry.goto("zigong", YEAR);
    await entry.expectOpen(YEAR);
    await entry.value(GDP.name).fill(String(stored + 10));

    // Capture the save as the browser sends it, without letting it through.
    let captured: { headers: Record<string, string>; body: Buffer } | null = null;
    await page.route(`**/areas/zigong/entry**`, async (route) => {
      const req = route.request();
      if (req.method() !== "POST") return route.continue();
      captured = { headers: await req.allHeaders(), body: req.postDataBuffer()! };
      await route.abort();
    });
    await entry.save(YEAR);
    await expect.poll(() => captured !== null).toBe(true);
    const { headers, body } = captured!;
    expect(headers["next-action"]).toBeTruthy();

    const replay = (origin: string) =>
      page.request.post(`/areas/zigong/entry?year=${YEAR}`, {
        headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, accept: "text/x-component", origin },
        data: body,
        maxRedirects: 0,
      });
    // From another site, with the victim's cookies: refused before the action runs.
    const forged = await replay("https://evil.example");
    expect(forged.status()).toBe(403);
    expect((await valueOf(request, "zigong", GDP.key, YEAR))!.value).toBe(stored);
    // The same request from the app's own origin goes through: it was the origin that made the difference.
    const own = await replay(new URL(page.url()).origin);
    expect(own.status()).toBe(200);
    await expect.poll(async () => (await valueOf(request, "zigong", GDP.key, YEAR))!.value).toBe(stored + 10);
  });
});

test("two saves of one area-year sent at the same moment: one is stored, the other is told, nothing is lost", async ({ browser, request }) => {
  const AREA = "zigong";
  const YEAR = 2022;
  const stored = (await valueOf(request, AREA, GDP.key, YEAR))!.value;
  const pages = [await signedInPage(browser, official(AREA)), await signedInPage(browser, ADMIN)];
  const editors = pages.map((p) => new EntryPage(p));
  const typed = [String(stored + 100), String(stored + 200)];

  // Both open the form before either saves, and type different values.
  for (const [i, editor] of editors.entries()) {
    await editor.goto(AREA, YEAR);
    await editor.expectOpen(YEAR);
    await editor.value(GDP.name).fill(typed[i]!);
  }
  // Two real requests in flight together.
  const responses = pages.map((p) => p.waitForResponse((r) => r.request().method() === "POST" && r.url().includes(`/areas/${AREA}/entry`)));
  await Promise.all(editors.map((e) => e.save(YEAR)));
  expect((await Promise.all(responses)).map((r) => r.status())).toEqual([200, 200]);

  for (const editor of editors) await expect(editor.saveResult.or(editor.saveError)).toBeVisible();
  const won = await Promise.all(editors.map((e) => e.saveResult.isVisible()));
  expect(won.filter(Boolean), "exactly one save succeeds").toHaveLength(1);
  const winner = won.indexOf(true);
  const loser = 1 - winner;
  await expect(editors[winner]!.saveResult).toHaveText("已保存：修改 1 项，删除 0 项，0 项标记待核。");
  await expect(editors[loser]!.saveError).toContainText("自您打开本页后，其他人已保存了该年度数据，因此本次未保存。");
  // The loser keeps what they typed; the stored value is the winner's.
  await expect(editors[loser]!.value(GDP.name)).toHaveValue(typed[loser]!);
  expect((await valueOf(request, AREA, GDP.key, YEAR))!.value).toBe(Number(typed[winner]));

  for (const p of pages) await p.context().close();
});
