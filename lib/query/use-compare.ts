"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ComparePayload } from "@/lib/services/compare";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export function compareUrl(area: string, year: number | null, group: string | null, indicator: string): string {
  const params = new URLSearchParams({ area });
  if (year) params.set("year", String(year));
  if (group) params.set("group", group);
  if (indicator) params.set("indicator", indicator);
  return `/api/v1/compare?${params}`;
}

/** The comparison, with the peers' values of the one indicator charted. */
export function useCompare(area: string, year: number | null, group: string | null, indicator: string) {
  return useQuery({
    queryKey: queryKeys.compare(area, year, group, indicator),
    queryFn: () => fetchJson<ComparePayload>(compareUrl(area, year, group, indicator)),
    // Keep showing the last view while the next one loads.
    placeholderData: keepPreviousData,
  });
}
