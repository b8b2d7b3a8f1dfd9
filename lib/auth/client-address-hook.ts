import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "./client-address";

// Node publishes every request its HTTP server receives on the "http.server.request.start" channel,
// with the socket, before the server's own request handler (Next's) sees it. Subscribing there is the
// one place where the socket's address and the request's headers are both at hand, without a server
// of our own in front of `next start`. Installed once per process by instrumentation.ts.

const CHANNEL = "http.server.request.start";
const INSTALLED = Symbol.for("transformation-monitor:client-address-hook");

type RequestStart = { request: IncomingMessage; socket: Socket };

/** Stamps every incoming request of this process with its client address; returns the uninstaller (for tests). */
export function installClientAddressHook(trustedProxies: number): () => void {
  const store = globalThis as unknown as Record<symbol, (() => void) | undefined>;
  store[INSTALLED]?.();
  const onRequest = (message: unknown) => {
    const { request, socket } = message as RequestStart;
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(socket?.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
    // Without trusted proxies, what the client sent as X-Forwarded-For is dropped: Next then sets the
    // header to the socket's address, so code that reads it directly gets the same answer.
    if (trustedProxies <= 0) delete request.headers["x-forwarded-for"];
  };
  diagnosticsChannel.subscribe(CHANNEL, onRequest);
  const uninstall = () => {
    diagnosticsChannel.unsubscribe(CHANNEL, onRequest);
    if (store[INSTALLED] === uninstall) delete store[INSTALLED];
  };
  store[INSTALLED] = uninstall;
  return uninstall;
}
