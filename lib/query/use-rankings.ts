"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { RankingsPagePayload } from "@/lib/services/rankings";
import type { RankingsQuery } from "@/lib/domain/rankings-page";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export function rankingsUrl(year: number, group: string, options: Partial<Omit<RankingsQuery, "year" | "group">> & { format?: "csv" | "xlsx" } = {}): string {
  const params = new URLSearchParams({ group });
  params.set("year", String(year));
  for (const [key, value] of Object.entries(options)) if (value !== undefined && value !== "") params.set(key, String(value));
  return `/api/v1/rankings?${params}`;
}

/** One page of a group's rankings, searched and sorted on the server. */
export function useRankings({ year, group, ...page }: RankingsQuery) {
  return useQuery({
    queryKey: queryKeys.rankings({ year, group, ...page }),
    queryFn: () => fetchJson<RankingsPagePayload>(rankingsUrl(year, group, page)),
    placeholderData: keepPreviousData,
  });
}
