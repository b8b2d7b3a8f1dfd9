// Heavy documents beside light requests: 32 clients on summary PDFs and, beside them, 1 client on
// /api/v1/indicators, then 1 on an area page (its HTML, signed out), whose p95s show whether an API
// request or a page waits behind the documents.
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { percentile } from "./load";

export const DOCUMENT_CLIENTS = 32;
export const LIGHT_PATH = "/api/v1/indicators";

/**
 * What the 32 clients ask for, beside the light client:
 * - "rendered": signed in, a different area's PDF each request, so that every answer is a document
 *   rendered anew (the pool's thread warmed first, with one area of each level). This is the figure
 *   with the budget: heavy rendering must not stall a light request.
 * - "kept": signed in, the same PDF: rendered just before the run, then sent from memory.
 * - "limited": signed out, the same PDF from one address, as a crawler or a script would ask:
 *   after ten, every answer is a 429.
 * - "control": no documents, the 32 clients on /api/v1/indicators itself. Beside 32 clients of any
 *   request, a light one waits for about 32 times the server's least work a request; "kept" and
 *   "limited" are compared with this.
 */
export const SCENARIOS = ["rendered", "kept", "limited", "control"] as const;
export type DocumentsScenario = (typeof SCENARIOS)[number];

export const SCENARIO_LABELS: Record<DocumentsScenario, string> = {
  rendered: "rendered: signed in, another area's PDF each request",
  kept: "kept: signed in, the same PDF",
  limited: "limited: signed out, the same PDF from one address",
  control: "control: 32 clients on /api/v1/indicators itself",
};

/** One light client's answers over a run: one request after another. */
export type LightFigures = { path: string; responses: number; non2xx: number; errors: number; timeouts: number; p50: number | null; p95: number | null; p99: number | null };

export type DocumentsRun = {
  scenario: DocumentsScenario;
  /** Whether the light requests' p95s have a budget in this scenario (only "rendered"). */
  budgeted: boolean;
  seconds: number;
  documents: { clients: number; responses: number; ok: number; tooMany: number; otherStatus: number; errors: number; okPerSecond: number; p50: number | null; p95: number | null };
  /** /api/v1/indicators. */
  light: LightFigures;
  /** An area page, signed out: a page rendered on the server's thread, where the documents are not. */
  page: LightFigures;
};

type Counted = { samples: number[]; statuses: Map<number, number>; errors: number; timeouts: number };

/** Where the documents' clients are in `paths`: each run goes on from where the last one stopped. */
type Cursor = { next: number };

function run(url: string, opts: { connections: number; seconds: number; cookie?: string; paths?: string[]; cursor: Cursor }): { done: Promise<Counted> } {
  const counted: Counted = { samples: [], statuses: new Map(), errors: 0, timeouts: 0 };
  const { paths, cursor } = opts;
  const done = new Promise<Counted>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: opts.connections,
        duration: opts.seconds,
        timeout: 120,
        headers: opts.cookie ? { cookie: opts.cookie } : {},
        ...(paths ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[cursor.next++ % paths.length] }) }] } : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        counted.errors = result.errors;
        counted.timeouts = result.timeouts;
        resolve(counted);
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      counted.samples.push(responseTime);
      counted.statuses.set(statusCode, (counted.statuses.get(statusCode) ?? 0) + 1);
    });
  });
  return { done };
}

/**
 * The light client: one request after another for as long as the documents' run lasts. Each answer is
 * timed by itself; the one in flight when the run ends is awaited and counted, so that an answer
 * slower than the whole run still shows as what it is.
 */
async function lightClient(url: string, until: Promise<unknown>): Promise<Counted> {
  const counted: Counted = { samples: [], statuses: new Map(), errors: 0, timeouts: 0 };
  let running = true;
  void until.finally(() => (running = false));
  while (running) {
    const t0 = performance.now();
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
      await res.arrayBuffer();
      counted.samples.push(performance.now() - t0);
      counted.statuses.set(res.status, (counted.statuses.get(res.status) ?? 0) + 1);
    } catch (error) {
      if (error instanceof Error && error.name === "TimeoutError") counted.timeouts++;
      else counted.errors++;
    }
  }
  return counted;
}

/**
 * Waits until the server answers the light request quickly again (or `maxMs` passed): requests the
 * load tool gave up on at the end of a run may still be in the server's hands.
 */
export async function drain(base: string, maxMs = 120_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < maxMs) {
    const t0 = performance.now();
    const res = await fetch(base + LIGHT_PATH, { signal: AbortSignal.timeout(maxMs) }).catch(() => null);
    await res?.arrayBuffer();
    if (res?.ok && performance.now() - t0 < 100) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return performance.now() - started;
}

/** The documents' clients for `seconds`, and beside them one light client on `lightPath`. */
async function beside(base: string, lightPath: string, opts: { seconds: number; documentPath: string; cookie?: string; paths?: string[]; cursor: Cursor }) {
  const started = performance.now();
  const heavy = run(base + opts.documentPath, { connections: DOCUMENT_CLIENTS, ...opts });
  const [documents, light] = await Promise.all([heavy.done, lightClient(base + lightPath, heavy.done)]);
  return { documents, light, seconds: (performance.now() - started) / 1000 };
}

/**
 * One scenario: the documents' clients for twice `seconds`, beside the indicators client for the
 * first half and beside the area page client for the second. Each light request is measured beside
 * the documents alone: with both at once, on 2 cores, the indicators waited mostly for the area page
 * being rendered beside them (docs/performance.md, 2026-12-07, afternoon). `settle` runs after each
 * half (the server's queue emptied), so that the second starts as the first did.
 */
export async function documentsRun(
  base: string,
  opts: { scenario: DocumentsScenario; seconds: number; documentPath: string; pagePath: string; cookie?: string; paths?: string[]; settle: () => Promise<unknown> },
): Promise<DocumentsRun> {
  // The second half asks for the PDFs after the first half's: in "rendered", each is rendered anew.
  const halves = { ...opts, cursor: { next: 0 } };
  const first = await beside(base, LIGHT_PATH, halves);
  await opts.settle();
  const second = await beside(base, opts.pagePath, halves);
  await opts.settle();
  const elapsed = first.seconds + second.seconds;
  const h = merged(first.documents, second.documents);
  const count = (c: Counted, test: (status: number) => boolean) => [...c.statuses].filter(([s]) => test(s)).reduce((n, [, k]) => n + k, 0);
  const hs = h.samples.sort((a, b) => a - b);
  const figures = (path: string, c: Counted): LightFigures => {
    const sorted = c.samples.sort((a, b) => a - b);
    return {
      path,
      responses: sorted.length,
      non2xx: count(c, (s) => s < 200 || s > 299),
      errors: c.errors,
      timeouts: c.timeouts,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
    };
  };
  const ok = count(h, (s) => s === 200);
  const tooMany = count(h, (s) => s === 429);
  return {
    scenario: opts.scenario,
    budgeted: opts.scenario === "rendered",
    seconds: elapsed,
    documents: {
      clients: DOCUMENT_CLIENTS,
      responses: hs.length,
      ok,
      tooMany,
      otherStatus: hs.length - ok - tooMany,
      errors: h.errors + h.timeouts,
      okPerSecond: ok / elapsed,
      p50: percentile(hs, 0.5),
      p95: percentile(hs, 0.95),
    },
    light: figures(LIGHT_PATH, first.light),
    page: figures(opts.pagePath, second.light),
  };
}

/** The answers of two runs as one. */
function merged(a: Counted, b: Counted): Counted {
  const statuses = new Map(a.statuses);
  for (const [status, n] of b.statuses) statuses.set(status, (statuses.get(status) ?? 0) + n);
  return { samples: [...a.samples, ...b.samples], statuses, errors: a.errors + b.errors, timeouts: a.timeouts + b.timeouts };
}

/** The bench database's active areas, in the order they were made. */
export function activeAreas(dbFile: string): { code: string; level: string }[] {
  const sqlite = new Database(dbFile, { readonly: true });
  try {
    return sqlite.prepare<[], { code: string; level: string }>("select code, level from areas where status = 'active' order by id").all();
  } finally {
    sqlite.close();
  }
}
