import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { signedInClient } from "./auth-requests";
import { LoginPage } from "./pages/login-page";

export type ApiValue = { indicator: string; year: number; value: number; note: string | null; flagged: boolean; demo: boolean };

// The stored values, approved or not, are read as the evaluator reads them: the public is shown
// approved years only. One signed-in client per worker, from an address of its own.
let storedValuesReader: Promise<APIRequestContext> | null = null;

function storedValues(): Promise<APIRequestContext> {
  storedValuesReader ??= signedInClient(test.info().project.use.baseURL!, "evaluator@demo.local", `10.250.0.${(test.info().parallelIndex % 250) + 1}`);
  return storedValuesReader;
}

/**
 * One area's stored values for one year, through the API, as a signed-in evaluator reads them
 * (every value, approved or not); `request` reads anonymously, the approved years only.
 */
export async function valuesOf(request: APIRequestContext, area: string, year: number, as: "stored" | "public" = "stored"): Promise<ApiValue[]> {
  const client = as === "stored" ? await storedValues() : request;
  const res = await client.get(`/api/v1/areas/${area}/values?from=${year}&to=${year}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()).data;
}

export async function valueOf(request: APIRequestContext, area: string, indicator: string, year: number): Promise<ApiValue | undefined> {
  return (await valuesOf(request, area, year)).find((v) => v.indicator === indicator);
}

/** One area's targets (from the progress endpoint), keyed by indicator. */
export async function targetsOf(request: APIRequestContext, area: string) {
  const res = await request.get(`/api/v1/areas/${area}/progress`);
  expect(res.status(), await res.text()).toBe(200);
  const body: { data: { indicator: string; target: unknown; status: string }[] } = await res.json();
  return Object.fromEntries(body.data.map((p) => [p.indicator, p.target]));
}

/** A second (or third) person at the same time: a fresh browser context, signed in through the form. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email);
  return page;
}
