import { describe, expect, it } from "vitest";
import { ANONYMOUS_DOWNLOADS, refuseAnonymousDownload, TokenBuckets } from "./download-limit";

// The limit on signed-out downloads: a token bucket per client address.

describe("a token bucket per address", () => {
  it("gives 10 at once and refuses the 11th, saying when one more comes", () => {
    expect(ANONYMOUS_DOWNLOADS).toEqual({ burst: 10, refillMs: 6_000 });
    const buckets = new TokenBuckets(ANONYMOUS_DOWNLOADS);
    for (let i = 0; i < 10; i++) expect(buckets.take("203.0.113.1", 1_000), `download ${i + 1}`).toEqual({ allowed: true });
    expect(buckets.take("203.0.113.1", 1_000)).toEqual({ allowed: false, retryAfterSeconds: 6 });
  });

  it("gives one more 6 seconds later, not a moment before", () => {
    const buckets = new TokenBuckets(ANONYMOUS_DOWNLOADS);
    for (let i = 0; i < 10; i++) buckets.take("a", 0);
    expect(buckets.take("a", 5_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(buckets.take("a", 6_000)).toEqual({ allowed: true });
    expect(buckets.take("a", 6_000)).toEqual({ allowed: false, retryAfterSeconds: 6 });
    // A minute of rest refills the whole burst, and no more.
    let allowed = 0;
    for (let i = 0; i < 12; i++) if (buckets.take("a", 66_000).allowed) allowed++;
    expect(allowed).toBe(10);
  });

  it("keeps each address apart", () => {
    const buckets = new TokenBuckets(ANONYMOUS_DOWNLOADS);
    for (let i = 0; i < 10; i++) buckets.take("a", 0);
    expect(buckets.take("a", 0).allowed).toBe(false);
    expect(buckets.take("b", 0).allowed).toBe(true);
  });

  it("remembers a bounded number of addresses, forgetting the least recently seen", () => {
    const buckets = new TokenBuckets(ANONYMOUS_DOWNLOADS, 3);
    for (let i = 0; i < 10; i++) buckets.take("a", 0);
    buckets.take("b", 0);
    buckets.take("c", 0);
    expect(buckets.size).toBe(3);
    // "a" was seen last of the three: "b" goes when "d" comes, and "a" is still refused.
    expect(buckets.take("a", 0).allowed).toBe(false);
    buckets.take("d", 0);
    expect(buckets.size).toBe(3);
    expect(buckets.take("a", 0).allowed).toBe(false);
    // "b" had used one of its ten; forgotten, it starts again with ten.
    let allowed = 0;
    for (let i = 0; i < 11; i++) if (buckets.take("b", 0).allowed) allowed++;
    expect(allowed).toBe(10);
  });
});

describe("the answer to a signed-out client over its limit", () => {
  it("is a 429 in the API's error shape, with Retry-After; nothing while under it", async () => {
    const req = () => new Request("http://localhost/api/v1/summaries/zigong/2024?format=pdf", { headers: { "x-forwarded-for": "192.0.2.77" } });
    for (let i = 0; i < 10; i++) expect(refuseAnonymousDownload(req(), 50_000)).toBeNull();
    const refused = refuseAnonymousDownload(req(), 50_000)!;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("6");
    expect(await refused.json()).toEqual({
      error: { code: "too_many_requests", message: "Too many downloads from this address: try again in 6 s, or sign in.", retryAfter: 6 },
    });
  });
});
