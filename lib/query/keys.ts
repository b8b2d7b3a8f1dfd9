import type { RankingsQuery } from "@/lib/domain/rankings-page";

// Query keys in one place, so that prefetch and hooks always agree.
export const queryKeys = {
  compare: (area: string, year: number | null, group: string | null, indicator: string) => ["compare", area, year, group, indicator] as const,
  areaSearch: (q: string, locale: string) => ["areas", "search", q, locale] as const,
  allAreas: (locale: string) => ["areas", "all", locale] as const,
  rankings: (q: RankingsQuery) => ["rankings", q.year, q.group, q.indicator, q.q, q.sort, q.dir, q.page, q.pageSize] as const,
};
