// The Content-Security-Policy of every page and API response, with a fresh nonce per request
// (proxy.ts). Next reads the nonce from the request's copy of this header and puts it on its own
// inline bootstrap scripts and script tags; any other script, inline or injected, is refused.

/** 128 random bits, base64: the nonce of one response. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced bootstrap loads are trusted; 'self' is the fallback for
    // browsers without CSP 3. Dev mode's React refresh evaluates code, hence 'unsafe-eval' there only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Charts and React set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}
