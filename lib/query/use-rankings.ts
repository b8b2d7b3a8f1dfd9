"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { RankingsPayload } from "@/lib/api/peers";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export function rankingsUrl(year: number | null, group: string, options: { format?: "csv" | "xlsx"; indicator?: string } = {}): string {
  const params = new URLSearchParams({ group });
  if (year) params.set("year", String(year));
  if (options.format) params.set("format", options.format);
  if (options.indicator) params.set("indicator", options.indicator);
  return `/api/v1/rankings?${params}`;
}

/** The rankings of a group, with the raw values of the one indicator shown as a column (if any). */
export function useRankings(year: number | null, group: string, indicator: string) {
  return useQuery({
    queryKey: queryKeys.rankings(year, group, indicator),
    queryFn: () => fetchJson<RankingsPayload>(rankingsUrl(year, group, { indicator })),
    placeholderData: keepPreviousData,
  });
}
