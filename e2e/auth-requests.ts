import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./pages/login-page";

// Signing in without a browser, as a script would: next-auth's CSRF token, then the credentials
// callback. Each client is its own cookie jar; `address` is sent as X-Forwarded-For, as the reverse
// proxy in front of the app would set it (the e2e server runs with TRUST_PROXY=1).


export async function newClient(baseURL: string, address?: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: address ? { "x-forwarded-for": address } : {} });
}

export const SESSION_COOKIE = "next-auth.session-token";

/** One sign-in attempt through next-auth's endpoints; true when it set a session cookie. */
export async function signInByRequest(api: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<boolean> {
  const csrf = await api.get("/api/auth/csrf");
  expect(csrf.status()).toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await api.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/", json: "true" },
    maxRedirects: 0,
  });
  // next-auth answers a refused sign-in with 401 and a pointer to its error page, never a 5xx.
  expect(res.status(), await res.text()).toBeLessThan(500);
  const cookies = (await api.storageState()).cookies;
  return res.ok() && cookies.some((c) => c.name === SESSION_COOKIE && c.value !== "");
}

/** A client signed in as `email` (or anonymous with null). */
export async function signedInClient(baseURL: string, email: string | null, address?: string): Promise<APIRequestContext> {
  const api = await newClient(baseURL, address);
  if (email) expect(await signInByRequest(api, email), `sign in as ${email}`).toBe(true);
  return api;
}
