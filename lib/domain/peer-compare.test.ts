import { describe, expect, it } from "vitest";
import { nearestPeers } from "./peer-compare";

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
