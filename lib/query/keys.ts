// Query keys in one place, so that prefetch and hooks always agree.
export const queryKeys = {
  compare: (area: string, year: number | null, group: string | null) => ["compare", area, year, group] as const,
  rankings: (year: number | null, group: string, indicator: string) => ["rankings", year, group, indicator] as const,
};
