// Runs once when the server starts (Next's instrumentation hook), before it answers any request.

export async function register() {
  // The Node.js server only: the client address comes from its sockets.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ env }, { installClientAddressHook }] = await Promise.all([import("@/lib/env"), import("@/lib/auth/client-address-hook")]);
  installClientAddressHook(env.TRUST_PROXY);
}
