import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

export type ApiValue = { indicator: string; year: number; value: number; note: string | null; flagged: boolean; demo: boolean };

/** One area's stored values for one year, read anonymously through the public API. */
export async function valuesOf(request: APIRequestContext, area: string, year: number): Promise<ApiValue[]> {
  const res = await request.get(`/api/v1/areas/${area}/values?from=${year}&to=${year}`);
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
