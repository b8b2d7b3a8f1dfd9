import { describe, expect, it } from "vitest";
import { achievementOf, medianShare, parseAchievementSort, sortByAchievement } from "@/lib/domain/period-achievement";

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

describe("ordering the period results", () => {
  const row = (name: string, met: number, missed: number, insufficient = 0) => ({ name, achievement: achievementOf([...Array<"met">(met).fill("met"), ...Array<"missed">(missed).fill("missed"), ...Array<"insufficient_data">(insufficient).fill("insufficient_data")]) });
  // shares: a 3/4 = 0.75, b 1/2 = 0.5, c 3/3 = 1, d nothing judged (null), e 2/4 = 0.5
  const rows = [row("a", 3, 1), row("b", 1, 1, 2), row("c", 3, 0), row("d", 0, 0, 3), row("e", 2, 2)];
  const names = (rs: { name: string }[]) => rs.map((r) => r.name).join("");

  it("puts the largest share first, ties in the order given, an area with nothing judged last", () => {
    expect(names(sortByAchievement(rows, "share"))).toBe("cabed");
  });

  it("turns round when ascending, still leaving the area with nothing judged last", () => {
    expect(names(sortByAchievement(rows, "share", true))).toBe("beacd");
  });

  it("orders by a count, ties in the order given", () => {
    // met: a 3, b 1, c 3, d 0, e 2 → a c e b d
    expect(names(sortByAchievement(rows, "met"))).toBe("acebd");
    // missed: a 1, b 1, c 0, d 0, e 2 → e a b c d; ascending → c d a b e
    expect(names(sortByAchievement(rows, "missed"))).toBe("eabcd");
    expect(names(sortByAchievement(rows, "missed", true))).toBe("cdabe");
    expect(names(sortByAchievement(rows, "insufficient"))).toBe("dbace");
  });

  it("leaves the rows it was given as they were", () => {
    const given = [...rows];
    sortByAchievement(rows, "met");
    expect(rows).toEqual(given);
  });

  it("reads the column from the address, the share when it names no column", () => {
    expect(parseAchievementSort("missed")).toBe("missed");
    expect(parseAchievementSort("name")).toBe("share");
    expect(parseAchievementSort(["met"])).toBe("share");
    expect(parseAchievementSort(undefined)).toBe("share");
  });
});
