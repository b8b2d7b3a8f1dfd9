import { describe, expect, it } from "vitest";
import { feedOf, type Observation } from "./composite";
import { namedInMethodology, nearestPeers, peerBand, peerQuartiles } from "./peer-compare";

const rows = (values: (number | null)[], chosen: number) => values.map((value, i) => ({ code: `a${i}`, value, highlight: i === chosen }));
const codes = (list: { code: string }[]) => list.map((r) => r.code);

describe("nearestPeers", () => {
  it("keeps every row, sorted largest first with no data last, when they fit", () => {
    expect(codes(nearestPeers(rows([2, null, 5, 3], 0), 4))).toEqual(["a2", "a3", "a0", "a1"]);
  });

  it("shows the run of neighbours around the chosen area", () => {
    // Sorted: a9 (9) a8 (8) … a0 (0); the chosen a5 stands 5th from the top (index 4). Size 3 → indexes 3–5.
    const ten = rows([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5);
    expect(codes(nearestPeers(ten, 3))).toEqual(["a6", "a5", "a4"]);
  });

  it("stays inside the list at either end", () => {
    const ten = rows([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 9);
    expect(codes(nearestPeers(ten, 4))).toEqual(["a9", "a8", "a7", "a6"]);
    const last = rows([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0);
    expect(codes(nearestPeers(last, 4))).toEqual(["a3", "a2", "a1", "a0"]);
    // No data sorts last: a0 a1 a3 | a2 a4. The chosen a2 (index 3) with one neighbour before it: indexes 2–3.
    const missing = rows([5, 4, null, 3, null], 2);
    expect(codes(nearestPeers(missing, 2))).toEqual(["a3", "a2"]);
  });
});

describe("peerQuartiles and peerBand", () => {
  const o = (areaCode: string, indicatorKey: string, year: number, value: number): Observation => ({ areaCode, indicatorKey, year, value });
  const observations = [
    o("A", "gdp", 2022, 1), o("B", "gdp", 2022, 2), o("C", "gdp", 2022, 3), o("D", "gdp", 2022, 4),
    o("E", "gdp", 2022, 100), // not a member
    o("A", "gdp", 2021, 999), // before the window
    o("A", "gdp", 2023, 10), o("C", "gdp", 2023, 30),
    o("B", "rd", 2022, 5),
    o("A", "pop", 2022, 7), // not asked for
  ];
  const members = ["A", "B", "C", "D"];

  it("gives each year's median and quartiles of the members' values (linear between order statistics)", () => {
    const q = peerQuartiles(observations, members, ["gdp", "rd"], 2022, 2024);
    expect(Object.keys(q)).toEqual(["gdp", "rd"]);
    // 2022: 1 2 3 4 → q1 at position 0.75: 1.75; median at 1.5: 2.5; q3 at 2.25: 3.25.
    // 2023: 10 30 → q1 at 0.25: 15; median 20; q3 at 0.75: 25. 2024: no values.
    expect(q.gdp).toEqual([
      { year: 2022, median: 2.5, q1: 1.75, q3: 3.25 },
      { year: 2023, median: 20, q1: 15, q3: 25 },
      { year: 2024, median: null, q1: null, q3: null },
    ]);
    expect(q.rd![0]).toEqual({ year: 2022, median: 5, q1: 5, q3: 5 });
  });

  it("reads a feed exactly as the list", () => {
    expect(peerQuartiles(feedOf(observations), members, ["gdp", "rd"], 2022, 2024)).toEqual(peerQuartiles(observations, members, ["gdp", "rd"], 2022, 2024));
  });

  it("puts the area's own value beside each year's quartiles, null where it has none", () => {
    const q = peerQuartiles(observations, members, ["gdp"], 2022, 2024);
    expect(peerBand(q.gdp!, observations, "A", "gdp")).toEqual([
      { year: 2022, value: 1, median: 2.5, q1: 1.75, q3: 3.25 },
      { year: 2023, value: 10, median: 20, q1: 15, q3: 25 },
      { year: 2024, value: null, median: null, q1: null, q3: null },
    ]);
  });
});

describe("namedInMethodology", () => {
  const codes = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);

  it("names every member of a group of up to 50, and the areas of the clamped values listed", () => {
    expect(namedInMethodology(["x", "y", "z"], [{ areaCode: "y" }])).toEqual({ membersListed: true, codes: ["x", "y", "z"] });
    const fifty = namedInMethodology(codes(50), []);
    expect(fifty.membersListed).toBe(true);
    expect(fifty.codes).toHaveLength(50);
  });

  it("gives a group of 51 or more by its count, naming only the clamped values' areas, each once", () => {
    expect(namedInMethodology(codes(51), [{ areaCode: "a7" }, { areaCode: "a40" }, { areaCode: "a7" }])).toEqual({ membersListed: false, codes: ["a7", "a40"] });
    expect(namedInMethodology(codes(3000), [])).toEqual({ membersListed: false, codes: [] });
  });
});
