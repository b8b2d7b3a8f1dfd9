// Years that are ranked: a year is offered as the default of the comparisons, and ranks,
// percentiles and performance groups are shown for it, only once enough of the group has reported
// it (two thirds by default). Below that, the year can still be chosen and its values read.
// See docs/methodology.md, years that are ranked.

export type Reporting = { reported: number; members: number; needed: number; enough: boolean };

/** How many of a group's members must have reported: the share of the members, rounded up (at least one). */
export function reportingNeeded(members: number, share: number): number {
  // Slack, so that two thirds of 30 is 20 and not 20.000000000000004 rounded up to 21.
  return Math.max(1, Math.ceil(members * share - 1e-9));
}

export function reportingOf(reported: number, members: number, share: number): Reporting {
  const needed = reportingNeeded(members, share);
  return { reported, members, needed, enough: reported >= needed };
}

/** The latest year that enough of the members reported, else the latest year anyone did; null without any. */
export function defaultComparisonYear(reportedByYear: ReadonlyMap<number, number>, members: number, share: number): number | null {
  const years = [...reportedByYear.keys()].sort((a, b) => b - a);
  const needed = reportingNeeded(members, share);
  return years.find((y) => (reportedByYear.get(y) ?? 0) >= needed) ?? years[0] ?? null;
}
