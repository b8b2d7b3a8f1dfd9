import { describe, expect, it } from "vitest";
import { approvalSignature, audienceOf, isProvisional, isPublished, visiblePoints } from "./audience";

const active = (role: string) => ({ role, status: "active" });

describe("who sees what: the audience of a reader", () => {
  it("gives officials, evaluators and administrators every value, whatever PUBLIC_DATA says", () => {
    for (const role of ["official", "evaluator", "admin"]) {
      expect(audienceOf(active(role), "approved")).toBe("full");
      expect(audienceOf(active(role), "all")).toBe("full");
    }
  });

  it("shows anonymous visitors, viewers and accounts not active the approved years only, unless PUBLIC_DATA=all", () => {
    const publicReaders = [null, active("viewer"), { role: "official", status: "pending" }, { role: "evaluator", status: "deactivated" }, { role: "admin", status: "rejected" }];
    for (const reader of publicReaders) {
      expect(audienceOf(reader, "approved")).toBe("public");
      expect(audienceOf(reader, "all")).toBe("full");
    }
  });
});

describe("masking the years not yet approved", () => {
  const approved = new Map([
    [1, new Set([2018, 2019, 2020])],
    [2, new Set([2020])],
  ]);
  const points = [
    { indicatorKey: "gdp", year: 2019, value: 10 },
    { indicatorKey: "gdp", year: 2020, value: 11 },
    { indicatorKey: "gdp", year: 2021, value: 12 },
    { indicatorKey: "rd", year: 2021, value: 1.5 },
  ];

  it("publishes an area-year only when it is approved", () => {
    expect(isPublished(approved, 1, 2019)).toBe(true);
    expect(isPublished(approved, 1, 2021)).toBe(false);
    expect(isPublished(approved, 2, 2019)).toBe(false);
    expect(isPublished(approved, 3, 2020)).toBe(false);
  });

  it("leaves the public the approved years' points, and the full audience all of them as they are", () => {
    expect(visiblePoints(points, "public", approved.get(1)!)).toEqual([points[0], points[1]]);
    expect(visiblePoints(points, "public", approved.get(2)!)).toEqual([points[1]]);
    expect(visiblePoints(points, "public", new Set())).toEqual([]);
    expect(visiblePoints(points, "full", new Set())).toBe(points);
    // Nothing left out: the same (kept, shared) array.
    expect(visiblePoints(points.slice(0, 2), "public", approved.get(1)!)).toHaveLength(2);
    const two = points.slice(0, 2);
    expect(visiblePoints(two, "public", approved.get(1)!)).toBe(two);
  });

  it("marks provisional to the full audience the values of years not yet approved, and nothing to the public", () => {
    expect(isProvisional("full", approved.get(1)!, 2021)).toBe(true);
    expect(isProvisional("full", approved.get(1)!, 2020)).toBe(false);
    expect(isProvisional("public", approved.get(1)!, 2021)).toBe(false);
  });

  it("signs equal sets of approvals alike, in any order, and any change apart", () => {
    const same = new Map([
      [2, new Set([2020])],
      [1, new Set([2020, 2018, 2019])],
    ]);
    expect(approvalSignature(same)).toBe(approvalSignature(approved));
    expect(approvalSignature(approved)).toMatch(/^4\./);
    expect(approvalSignature(new Map())).toMatch(/^0\./);
    const one = approvalSignature(new Map([[1, new Set([2020])]]));
    expect(approvalSignature(new Map([[1, new Set([2021])]]))).not.toBe(one);
    expect(approvalSignature(new Map([[2, new Set([2020])]]))).not.toBe(one);
    // The same count, another area-year: apart too.
    expect(approvalSignature(new Map([[1, new Set([2018, 2019, 2021])], [2, new Set([2020])]]))).not.toBe(approvalSignature(approved));
  });
});
