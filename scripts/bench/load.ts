// Load runs with autocannon: latency percentiles from every response's own timing, requests/s, status codes.
import autocannon from "autocannon";

export type Target = { name: string; kind: "page" | "api"; path: string; cookie?: string };

export type LoadResult = {
  connections: number;
  /**
   * "duration": a fixed time; "amount": a fixed number of requests, for endpoints too slow to fill
   * the time; "skipped": one request per client would take longer than the run's time limit.
   */
  mode: "duration" | "amount" | "skipped";
  seconds: number;
  responses: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  rps: number;
};

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Single requests, one after another: the warm-up, and the service time that sizes the load run. */
export async function sequentialMs(url: string, cookie: string | undefined, count: number): Promise<{ ms: number[]; statuses: number[] }> {
  const ms: number[] = [];
  const statuses: number[] = [];
  const get = () => fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(120_000) });
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    // Once more on a network error: a pooled connection may have been closed by the server while a load run went on.
    const res = await get().catch(() => new Promise((r) => setTimeout(r, 500)).then(get));
    await res.arrayBuffer();
    ms.push(performance.now() - t0);
    statuses.push(res.status);
  }
  return { ms, statuses };
}

/**
 * One autocannon run. Closed loop: each connection sends its next request when the last one is
 * answered, so under N connections a request waits for up to N − 1 others. When the endpoint is so
 * slow that the time would not let every connection finish a few requests, a run of fixed duration
 * would report only the requests that happened to finish first; such runs send a fixed number of
 * requests instead (two per connection, or one when two would exceed `maxSeconds`); when even one
 * per connection would exceed it, the run is skipped and reported as such, to keep the suite bounded.
 */
export function load(url: string, opts: { connections: number; seconds: number; serviceMs: number; maxSeconds: number; cookie?: string }): Promise<LoadResult> {
  const { connections, seconds, serviceMs } = opts;
  const rounds = (seconds * 1000) / (serviceMs * connections);
  const perConnection = connections * 2 * serviceMs > opts.maxSeconds * 1000 ? 1 : 2;
  const mode = rounds >= 3 ? "duration" : "amount";
  if (connections * serviceMs > opts.maxSeconds * 1000) {
    const none = { responses: 0, non2xx: 0, errors: 0, timeouts: 0, p50: null, p95: null, p99: null, rps: 0 };
    return Promise.resolve({ connections, mode: "skipped", seconds: (connections * serviceMs) / 1000, ...none });
  }
  const samples: number[] = [];
  let non2xx = 0;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const instance = autocannon(
      {
        url,
        connections,
        ...(mode === "duration" ? { duration: seconds } : { amount: connections * perConnection }),
        timeout: 120,
        headers: opts.cookie ? { cookie: opts.cookie } : {},
      },
      (error, result) => {
        if (error) return reject(error);
        const elapsed = (performance.now() - started) / 1000;
        const sorted = samples.sort((a, b) => a - b);
        resolve({
          connections,
          mode,
          seconds: elapsed,
          responses: sorted.length,
          non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          p50: percentile(sorted, 0.5),
          p95: percentile(sorted, 0.95),
          p99: percentile(sorted, 0.99),
          rps: sorted.length / elapsed,
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      samples.push(responseTime);
      if (statusCode < 200 || statusCode > 299) non2xx++;
    });
  });
}

/** Signs in through next-auth's credentials flow (CSRF token, then the callback) and returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: base, json: "true" }),
  });
  await res.arrayBuffer();
  const session = cookiesOf(res).find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${res.status})`);
  return session;
}
