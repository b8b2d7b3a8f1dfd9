// next-auth's session cookie (JWT strategy): "next-auth.session-token", with the "__Secure-" prefix
// over https (options.ts, useSecureCookies), split into ".0", ".1"… when the token outgrows one cookie.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** Whether a request with these cookie names can carry a session at all. */
export function hasSessionCookie(names: Iterable<string>): boolean {
  for (const name of names) if (SESSION_COOKIE.test(name)) return true;
  return false;
}
