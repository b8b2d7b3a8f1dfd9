import { describe, expect, it } from "vitest";
import { achievementOf, medianShare } from "@/lib/domain/period-achievement";

describe("period achievement", () => {
  it("shares the judged targets met, leaving out those without a target-year value", () => {
    // 3 met, 1 missed: 3 / 4 = 0.75; the insufficient one and a non-verdict status are not judged
    expect(achievementOf(["met", "met", "missed", "met", "insufficient_data", "on_track"])).toEqual({ met: 3, missed: 1, insufficient: 1, share: 0.75 });
    expect(achievementOf(["insufficient_data"])).toEqual({ met: 0, missed: 0, insufficient: 1, share: null });
    expect(achievementOf(["missed"]).share).toBe(0);
  });

  it("takes the peers' median share, an even count averaging the middle two", () => {
    expect(medianShare([0.5, null, 1, 0.75])).toEqual({ median: 0.75, count: 3 });
    // (0.5 + 0.75) / 2 = 0.625
    expect(medianShare([1, 0.5, 0.75, 0.25])).toEqual({ median: 0.625, count: 4 });
    expect(medianShare([null])).toEqual({ median: null, count: 0 });
  });
});
