import { describe, expect, it } from "vitest";
import { hasSessionCookie } from "./session-cookie";

describe("hasSessionCookie", () => {
  it("finds next-auth's session cookie over http and https, whole or in chunks", () => {
    expect(hasSessionCookie(["next-auth.session-token"])).toBe(true);
    expect(hasSessionCookie(["locale", "__Secure-next-auth.session-token"])).toBe(true);
    expect(hasSessionCookie(["next-auth.session-token.0", "next-auth.session-token.1"])).toBe(true);
  });

  it("finds none in next-auth's other cookies, the locale cookie, look-alikes or no cookies", () => {
    expect(hasSessionCookie([])).toBe(false);
    expect(hasSessionCookie(["next-auth.csrf-token", "next-auth.callback-url", "__Host-next-auth.csrf-token", "locale"])).toBe(false);
    expect(hasSessionCookie(["next-auth.session-token-old", "xnext-auth.session-token", "next-auth.session-token.x"])).toBe(false);
  });
});
