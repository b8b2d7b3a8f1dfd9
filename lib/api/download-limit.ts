import "server-only";
import { clientAddress } from "@/lib/auth/rate-limit";
import { processWide } from "@/lib/process-wide";

// Signed-out visitors may download the summary documents (PDF, Word, .xlsx) like they read the area
// pages, but each document is a rendering in the worker pool when it is not kept: a script asking
// for them in a loop would keep the pool busy for everyone. So anonymous downloads are limited per
// client address, by a token bucket kept in this process's memory (a restart forgets it, which only
// lets a client start afresh). Signed-in users are not limited by this rule.

export type BucketPolicy = {
  /** Downloads a client may make at once. */
  burst: number;
  /** How often the client gets one more, up to `burst`. */
  refillMs: number;
};

/** 10 at once, then one every 6 seconds (10 a minute): a person downloading every format and language of a few summaries never meets it. */
export const ANONYMOUS_DOWNLOADS: BucketPolicy = { burst: 10, refillMs: 6_000 };

/** Addresses remembered at most; beyond them the least recently seen goes (its bucket has most likely refilled). */
const MAX_ADDRESSES = 10_000;

export type Take = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number };

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly policy: BucketPolicy,
    private readonly maxKeys = MAX_ADDRESSES,
  ) {}

  /** Takes one download for `key` at `now` (ms), if it has one left. */
  take(key: string, now: number): Take {
    const { burst, refillMs } = this.policy;
    const old = this.buckets.get(key);
    const bucket = old ? { tokens: Math.min(burst, old.tokens + (now - old.at) / refillMs), at: now } : { tokens: burst, at: now };
    // Most recently used last, so that the first is the one to forget.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - bucket.tokens) * refillMs) / 1000)) };
  }

  get size(): number {
    return this.buckets.size;
  }
}

const anonymousDownloads = () => processWide("download-limit:anonymous", () => new TokenBuckets(ANONYMOUS_DOWNLOADS));

/**
 * The 429 for a signed-out client over its limit, in the API's error shape with Retry-After; null
 * when the download may go ahead.
 */
export function refuseAnonymousDownload(req: Request, now = Date.now()): Response | null {
  const take = anonymousDownloads().take(clientAddress(req.headers), now);
  if (take.allowed) return null;
  return Response.json(
    {
      error: {
        code: "too_many_requests",
        message: `Too many downloads from this address: try again in ${take.retryAfterSeconds} s, or sign in.`,
        retryAfter: take.retryAfterSeconds,
      },
    },
    { status: 429, headers: { "Retry-After": String(take.retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}
