// The memory limits and V8 helper threads `next start` runs with, wherever it is started: `npm
// start`, the e2e suite (playwright.config.ts) and the bench. No imports, so that the Playwright
// config can load it.

/**
 * The server's V8 heap limit, in MiB. Node sizes it from the machine's memory (4 GB on these
 * machines), and under load V8 then grows the heap long before it collects: the national-scale
 * bench saw 980 MiB of memory at 32 clients for a live set under 100 MiB. At 256 MiB the same runs
 * peaked near 500 MiB with no loss of throughput. An operator's own --max-old-space-size wins.
 */
export const SERVER_HEAP_MB = 256;

/**
 * The server's young generation, in MiB per semi-space: V8's default on these machines, set so that
 * it does not depend on the machine's memory, from which V8 sizes it. At 8 clients a page request
 * lives through several collections of a smaller young generation, so what it holds until it is
 * answered is promoted, and later marked and compacted with the old one. On the national bench's
 * area page the server used 22 % less CPU a request at 16 than at 8 (median of six interleaved
 * rounds; 30 % at 24, 32 % at 32). Peak memory grows with it: 537–579 MB in eight runs at 16,
 * 674 MB in one at 32, against a budget of 600 (2026-12-07, docs/performance.md). The pool's
 * threads keep a smaller one of their own (lib/workers/pool.ts).
 */
export const SERVER_SEMI_SPACE_MB = 16;

/**
 * V8's pool of helper threads (garbage collection, compilation), shared by the server's thread and the
 * worker pool's: `0` lets Node size it from the machine's cores (one helper on 2 cores) instead of its
 * default of 4. On 2 cores, four in the server and four in a process beside it (the bench's load
 * tool) contend with the threads that answer. At 8 clients the national bench's area page served
 * 42–48 requests a second with Node's defaults, and 59–66 in five of six runs with both pools
 * smaller (44 in the sixth); the server's pool alone changed little, the load tool's most
 * (2026-12-07, docs/performance.md). An operator's own --v8-pool-size wins.
 */
export const SERVER_V8_POOL_SIZE = 0;

/** NODE_OPTIONS for `next start`: the caller's, plus each setting above the operator has not set. */
export function serverNodeOptions(existing = process.env.NODE_OPTIONS ?? ""): string {
  const added = [
    existing.includes("--max-old-space-size") ? "" : `--max-old-space-size=${SERVER_HEAP_MB}`,
    existing.includes("--max-semi-space-size") ? "" : `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`,
    existing.includes("--v8-pool-size") ? "" : `--v8-pool-size=${SERVER_V8_POOL_SIZE}`,
  ];
  return [existing, ...added].filter(Boolean).join(" ").trim();
}

/**
 * glibc's malloc arenas for the server: at most 2 (an operator's own MALLOC_ARENA_MAX wins). By
 * default every thread that allocates (libuv's pool, V8's workers) may get an arena of its own, up to
 * 8 per core, and memory freed in one is seldom handed back: on the national bench the server's
 * memory outside the V8 heap grew from about 80 to 190 MiB, and 2 arenas cut the peak by about
 * 30 MiB in one comparison (throughput was not compared).
 */
export const SERVER_MALLOC_ARENAS = "2";

/** The environment variables `next start` runs with, added to the caller's: heap limit and arenas. */
export function serverProcessEnv(existing: Record<string, string | undefined> = process.env): { NODE_OPTIONS: string; MALLOC_ARENA_MAX: string } {
  return { NODE_OPTIONS: serverNodeOptions(existing.NODE_OPTIONS ?? ""), MALLOC_ARENA_MAX: existing.MALLOC_ARENA_MAX || SERVER_MALLOC_ARENAS };
}
