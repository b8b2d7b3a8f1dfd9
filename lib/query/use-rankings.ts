"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { RankingsPayload } from "@/lib/api/peers";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export function rankingsUrl(year: number | null, group: string, format?: "csv" | "xlsx"): string {
  const params = new URLSearchParams({ group });
  if (year) params.set("year", String(year));
  if (format) params.set("format", format);
  return `/api/v1/rankings?${params}`;
}

export function useRankings(year: number | null, group: string) {
  return useQuery({
    queryKey: queryKeys.rankings(year, group),
    queryFn: () => fetchJson<RankingsPayload>(rankingsUrl(year, group)),
    placeholderData: keepPreviousData,
  });
}
