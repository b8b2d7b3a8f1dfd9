import { describe, expect, it } from "vitest";
import { authOptions } from "./options";
import { safeCallbackUrl } from "./safe-callback";

const ORIGIN = "https://monitor.example.cn";

describe("safeCallbackUrl", () => {
  it.each([
    ["/\\evil.example/phish"],
    ["/%5Cevil.example/phish"],
    ["/\t/evil.example"],
    ["/%09/evil.example"],
    ["/\n/evil.example"],
    ["//evil.example"],
    ["\\\\evil.example"],
    ["%2F%2Fevil.example"],
    ["https://evil.example/"],
    ["http://monitor.example.cn.evil.example/"],
    ["https://monitor.example.cn@evil.example/"],
    ["http://monitor.example.cn/"],
    ["javascript:alert(1)"],
    ["JaVaScRiPt:alert(1)"],
    ["java\tscript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["https://monitor.example.cn//evil.example/"],
    [""],
    [undefined],
    [["/areas"]],
  ])("keeps %j on this site", (raw) => {
    const safe = safeCallbackUrl(raw, ORIGIN);
    expect(safe.startsWith("/")).toBe(true);
    expect(safe.startsWith("//")).toBe(false);
    expect(new URL(safe, ORIGIN).origin).toBe(ORIGIN);
  });

  it("sends what leads elsewhere to the home page", () => {
    expect(safeCallbackUrl("/\\evil.example/phish", ORIGIN)).toBe("/");
    expect(safeCallbackUrl("/\t/evil.example", ORIGIN)).toBe("/");
    expect(safeCallbackUrl("//evil.example", ORIGIN)).toBe("/");
    expect(safeCallbackUrl("https://evil.example/", ORIGIN)).toBe("/");
    expect(safeCallbackUrl("javascript:alert(1)", ORIGIN)).toBe("/");
    expect(safeCallbackUrl("JaVaScRiPt:alert(1)", ORIGIN)).toBe("/");
    expect(safeCallbackUrl("http://monitor.example.cn/review", ORIGIN)).toBe("/");
  });

  it("takes encoded text as the path it spells, on this site", () => {
    // Decoded once by the page's query string; what is left is a path segment, not a host.
    expect(safeCallbackUrl("/%5Cevil.example/phish", ORIGIN)).toBe("/%5Cevil.example/phish");
    expect(safeCallbackUrl("/%09/evil.example", ORIGIN)).toBe("/%09/evil.example");
    expect(safeCallbackUrl("%2F%2Fevil.example", ORIGIN)).toBe("/%2F%2Fevil.example");
  });

  it("accepts a plain path, with its query and fragment", () => {
    expect(safeCallbackUrl("/review", ORIGIN)).toBe("/review");
    expect(safeCallbackUrl("/areas/xuzhou/entry?year=2024#value-gdp", ORIGIN)).toBe("/areas/xuzhou/entry?year=2024#value-gdp");
  });

  it("accepts an absolute URL of this site as its path", () => {
    expect(safeCallbackUrl("https://monitor.example.cn/audit?area=xuzhou", ORIGIN)).toBe("/audit?area=xuzhou");
    expect(safeCallbackUrl("http://localhost:3000/import", "http://localhost:3000")).toBe("/import");
    expect(safeCallbackUrl("http://localhost:3001/import", "http://localhost:3000")).toBe("/");
  });
});

describe("next-auth's redirect callback", () => {
  const redirect = authOptions.callbacks!.redirect!;
  const baseUrl = ORIGIN;

  it.each(["/\\evil.example/phish", "/\t/evil.example", "//evil.example", "https://evil.example/phish", "javascript:alert(1)"])("sends %j home", async (url) => {
    expect(await redirect({ url, baseUrl })).toBe(`${ORIGIN}/`);
  });

  it("keeps a path or an absolute URL of this site", async () => {
    expect(await redirect({ url: "/review?year=2024", baseUrl })).toBe(`${ORIGIN}/review?year=2024`);
    expect(await redirect({ url: `${ORIGIN}/audit`, baseUrl })).toBe(`${ORIGIN}/audit`);
  });
});
