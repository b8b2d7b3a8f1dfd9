import { isIP } from "node:net";

// Which address a request comes from, for the limits per client address (sign-in, registration,
// anonymous downloads). Next gives the app no socket address: NextRequest.ip is gone since Next 15,
// and `next start` sets X-Forwarded-For to the socket's address only when the request carries none
// (base-server.js: `x-forwarded-for ??= socket.remoteAddress`), so a client that sends the header
// chooses the address the app sees. The address is therefore worked out where the socket is still
// known, as each request arrives at Node's HTTP server (client-address-hook.ts), and handed to the
// app in a header of its own that the client cannot set: whatever a request brings under that name
// is overwritten.

/** The header the server sets on every request it receives: the client's address, or "unknown". */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

export const UNKNOWN_ADDRESS = "unknown";

/**
 * One address as it may appear in a socket or X-Forwarded-For: IPv4-mapped IPv6 is written as IPv4,
 * a port (`203.0.113.5:4711`, `[2001:db8::1]:443`) is dropped, letters are lower-cased. Null for
 * anything that is not an IP address.
 */
export function normalizeAddress(raw: string | undefined | null): string | null {
  let value = (raw ?? "").trim();
  if (value.length > 100) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.toLowerCase().startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * The client's address from the socket's and X-Forwarded-For, given how many reverse proxies in front
 * of the app are trusted (TRUST_PROXY).
 *
 * - 0 (the default): the socket's address; X-Forwarded-For is ignored, since anyone can send it.
 * - n ≥ 1: each trusted proxy appends the address it received the request from, so the hops read
 *   [what the client sent…, added by the proxies…, socket]. The socket is the nearest proxy; the
 *   n-th entry from the right of X-Forwarded-For was added by the outermost trusted proxy, and is the
 *   client as that proxy saw it: the right-most entry no client could have written. Entries further
 *   left are whatever the client sent. With fewer entries than proxies (a request that did not pass
 *   them all) the left-most is taken.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string {
  if (trustedProxies <= 0) return normalizeAddress(socketAddress) ?? UNKNOWN_ADDRESS;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (forwarded.length === 0) return normalizeAddress(socketAddress) ?? UNKNOWN_ADDRESS;
  const entry = forwarded[Math.max(0, forwarded.length - trustedProxies)];
  return normalizeAddress(entry) ?? UNKNOWN_ADDRESS;
}
