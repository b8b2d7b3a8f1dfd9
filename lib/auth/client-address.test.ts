import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { register } from "@/instrumentation";
import { installClientAddressHook } from "./client-address-hook";
import { CLIENT_ADDRESS_HEADER, normalizeAddress, resolveClientAddress } from "./client-address";
import { clientAddress } from "./rate-limit";

// Which address a limit per client counts, from the socket and X-Forwarded-For. The hook is tried on
// a real HTTP server over real sockets: the client connects from a loopback address of its choosing
// (127.0.0.0/8 is all loopback on Linux), and sends whatever X-Forwarded-For it likes.

describe("normalizeAddress", () => {
  it("accepts IPv4 and IPv6, drops ports and the IPv4-mapped prefix, lower-cases", () => {
    expect(normalizeAddress("203.0.113.5")).toBe("203.0.113.5");
    expect(normalizeAddress(" 203.0.113.5:4711 ")).toBe("203.0.113.5");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("::1")).toBe("::1");
  });

  it("refuses anything else", () => {
    for (const bad of ["", "unknown", "<script>", "203.0.113", "203.0.113.5.6", "x".repeat(10_000), undefined, null]) expect(normalizeAddress(bad)).toBeNull();
  });
});

describe("resolveClientAddress", () => {
  const SOCKET = "10.0.0.2";

  it("with no trusted proxy (TRUST_PROXY=0): the socket, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress(SOCKET, "203.0.113.9", 0)).toBe(SOCKET);
    expect(resolveClientAddress(SOCKET, undefined, 0)).toBe(SOCKET);
    expect(resolveClientAddress(undefined, "203.0.113.9", 0)).toBe("unknown");
  });

  it("behind one proxy (TRUST_PROXY=1): the right-most entry, the one the proxy appended", () => {
    expect(resolveClientAddress(SOCKET, "203.0.113.9", 1)).toBe("203.0.113.9");
    // The client sent "198.51.100.1" itself; the proxy appended what it saw.
    expect(resolveClientAddress(SOCKET, "198.51.100.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(resolveClientAddress(SOCKET, ["198.51.100.1", "203.0.113.9"], 1)).toBe("203.0.113.9");
    // Not through the proxy at all: the socket.
    expect(resolveClientAddress(SOCKET, undefined, 1)).toBe(SOCKET);
    expect(resolveClientAddress(SOCKET, " , ", 1)).toBe(SOCKET);
    // What the proxy appended is not an address: no guess from the client's part.
    expect(resolveClientAddress(SOCKET, "198.51.100.1, garbage", 1)).toBe("unknown");
  });

  it("behind two proxies (TRUST_PROXY=2): the second entry from the right", () => {
    // client → proxy 1 (appends the client) → proxy 2 (appends proxy 1) → app
    expect(resolveClientAddress(SOCKET, "198.51.100.1, 203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
    // Fewer entries than proxies: the left-most.
    expect(resolveClientAddress(SOCKET, "203.0.113.9", 2)).toBe("203.0.113.9");
  });
});

describe("the hook on a real HTTP server", () => {
  let server: http.Server | null = null;
  let uninstall: (() => void) | null = null;

  afterEach(async () => {
    uninstall?.();
    uninstall = null;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = null;
  });

  /** A server answering with what the app would see: the limiter's address and the X-Forwarded-For left for Next. */
  async function listen(): Promise<number> {
    server = http.createServer((req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ address: clientAddress(req.headers), forwardedFor: req.headers["x-forwarded-for"] ?? null }));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return (server.address() as AddressInfo).port;
  }

  function get(port: number, from: string, headers: Record<string, string>): Promise<{ address: string; forwardedFor: string | null }> {
    return new Promise((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, localAddress: from, headers, agent: false }, (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => resolve(JSON.parse(body)));
        })
        .on("error", reject);
    });
  }

  it("TRUST_PROXY=0 (the default, through instrumentation.ts): a forged X-Forwarded-For or stamp is ignored; the socket counts", async () => {
    process.env.NEXT_RUNTIME = "nodejs";
    try {
      await register();
    } finally {
      delete process.env.NEXT_RUNTIME;
    }
    const port = await listen();
    const seen = await get(port, "127.0.0.7", { "x-forwarded-for": "203.0.113.9", [CLIENT_ADDRESS_HEADER]: "198.51.100.3" });
    expect(seen).toEqual({ address: "127.0.0.7", forwardedFor: null });
    expect(await get(port, "127.0.0.8", {})).toEqual({ address: "127.0.0.8", forwardedFor: null });
    uninstall = installClientAddressHook(0);
  });

  it("TRUST_PROXY=1: the right-most X-Forwarded-For entry; the header is left for Next", async () => {
    uninstall = installClientAddressHook(1);
    const port = await listen();
    expect(await get(port, "127.0.0.7", { "x-forwarded-for": "198.51.100.1, 203.0.113.9" })).toEqual({ address: "203.0.113.9", forwardedFor: "198.51.100.1, 203.0.113.9" });
    expect(await get(port, "127.0.0.7", { [CLIENT_ADDRESS_HEADER]: "198.51.100.3" })).toEqual({ address: "127.0.0.7", forwardedFor: null });
  });

  it("installed twice, counts once: the second replaces the first", async () => {
    installClientAddressHook(1);
    uninstall = installClientAddressHook(0);
    const port = await listen();
    expect((await get(port, "127.0.0.9", { "x-forwarded-for": "203.0.113.9" })).address).toBe("127.0.0.9");
  });
});
