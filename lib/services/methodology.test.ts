import { describe, expect, it } from "vitest";
import { methodologyRules } from "./methodology";

// The API's `rules`, written out by hand as the API has always sent them.
describe("the methodology's rules in the API's English", () => {
  it("names the window's years where a rule depends on them", () => {
    const rules = methodologyRules({ from: 2020, to: 2024 });
    expect(rules.outliers).toBe(
      "For each indicator, the mean and standard deviation (population SD, dividing by n) are taken over all the group's values in 2020–2024 (every peer, every year). " +
        "Values beyond mean ± 2 SD are set to the nearest value inside that band: the largest value not above mean + 2 SD, or the smallest value not below mean − 2 SD. " +
        "The rule is applied once, not repeated.",
    );
    expect(rules.minMax).toBe(
      "Scores are rescaled to 0–1 with the minimum and maximum over all peers and all years 2020–2024, after outlier treatment and transform, so a score is comparable across years. " +
        "If the maximum equals the minimum, every score is 0.5. Lower-is-better indicators score 1 − score.",
    );
    expect(rules.change).toBe(
      "Change = composite in 2024 − composite in 2023. The 2023 composite is the one that year would have published: the same peers and indicators, with outliers, transform, minimum and maximum taken over 2020–2023.",
    );
  });

  it("writes a one-year window as that year, and has no change before a second year", () => {
    const first = methodologyRules({ from: 2020, to: 2020 });
    expect(first.outliers).toContain("all the group's values in 2020 (every peer, every year)");
    expect(first.change).toBe("No change is shown: the window starts in 2020, so there is no earlier year to compare with.");
    // The year before is one year: the change rule names it alone.
    expect(methodologyRules({ from: 2020, to: 2021 }).change).toContain("minimum and maximum taken over 2020.");
  });

  it("quotes every rule in full, none left as a key", () => {
    const rules = methodologyRules({ from: 2020, to: 2022 });
    expect(Object.keys(rules)).toEqual(["outliers", "skewness", "transform", "minMax", "dimension", "composite", "rank", "percentile", "change", "performance", "sensitivity"]);
    expect(rules.skewness).toBe(
      "Adjusted Fisher–Pearson sample skewness G1 = √(n(n−1)) ÷ (n−2) × m3 ÷ m2^1.5 (m2, m3: central moments dividing by n; as Excel SKEW), " +
        "computed after the outlier treatment; not computed (no transform) with fewer than 3 values or when all values are equal.",
    );
    expect(rules.rank).toBe(
      "Standard competition ranking by composite, highest first: equal composites share a rank and the next rank is skipped (1, 2, 2, 4). Areas without a composite are not ranked.",
    );
    expect(rules.performance).toBe(
      "Ratio = composite ÷ peer average (mean composite of the ranked peers). Leader: ratio above 1.25; strong: 1.00 to 1.25; moderate: 0.70 up to 1.00; emerging: below 0.70. " +
        "If the peer average is 0, every ranked area counts as strong.",
    );
    for (const [rule, text] of Object.entries(rules)) expect(text, rule).not.toMatch(/methodologyRules|[{}]/);
  });
});
