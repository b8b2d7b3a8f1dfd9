import type { RankingsQuery } from "@/lib/domain/rankings-page";

// Query keys in one place, so that prefetch and hooks always agree.
export const queryKeys = {
  compare: (area: string, year: number | null, group: string | null, indicator: string) => ["compare", area, year, group, indicator] as const,
  rankings: (q: RankingsQuery) => ["rankings", q.year, q.group, q.indicator, q.q, q.sort, q.dir, q.page, q.pageSize] as const,
};
