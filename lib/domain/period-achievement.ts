import type { ProgressStatus } from "./progress";

// How an area's targets of a closed period came out, beside its peers': the share of its judged
// targets met (targets without a target-year value are not judged), and the peers' median share.
// See docs/methodology.md §8.2.

export type Achievement = { met: number; missed: number; insufficient: number; share: number | null };

export function achievementOf(statuses: readonly ProgressStatus[]): Achievement {
  let met = 0;
  let missed = 0;
  let insufficient = 0;
  for (const s of statuses) {
    if (s === "met") met += 1;
    else if (s === "missed") missed += 1;
    else if (s === "insufficient_data") insufficient += 1;
  }
  return { met, missed, insufficient, share: met + missed > 0 ? met / (met + missed) : null };
}

/** The median of the peers' shares (peers without a judged target left out); null without any. */
export function medianShare(shares: readonly (number | null)[]): { median: number | null; count: number } {
  const known = shares.filter((s): s is number => s !== null).sort((a, b) => a - b);
  if (known.length === 0) return { median: null, count: 0 };
  const mid = Math.floor(known.length / 2);
  const median = known.length % 2 === 1 ? (known[mid] as number) : ((known[mid - 1] as number) + (known[mid] as number)) / 2;
  return { median, count: known.length };
}

/** The columns the period-results list can be ordered by. */
export const ACHIEVEMENT_SORTS = ["share", "met", "missed", "insufficient"] as const;
export type AchievementSort = (typeof ACHIEVEMENT_SORTS)[number];

export function parseAchievementSort(raw: unknown): AchievementSort {
  return ACHIEVEMENT_SORTS.includes(raw as AchievementSort) ? (raw as AchievementSort) : "share";
}

/**
 * The areas ordered by one column of their achievement, largest first unless `ascending`. An area
 * with nothing judged (share null) comes last whichever way; ties keep the order given (the
 * caller's: by name), so a list reads the same on every request.
 */
export function sortByAchievement<R extends { achievement: Achievement }>(rows: readonly R[], key: AchievementSort, ascending = false): R[] {
  const sign = ascending ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = a.row.achievement[key];
      const y = b.row.achievement[key];
      if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
      return x === y ? a.i - b.i : sign * (x - y);
    })
    .map(({ row }) => row);
}
