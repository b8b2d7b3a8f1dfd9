"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ComparePayload } from "@/lib/api/peers";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export function compareUrl(area: string, year: number | null, group: string | null): string {
  const params = new URLSearchParams({ area });
  if (year) params.set("year", String(year));
  if (group) params.set("group", group);
  return `/api/v1/compare?${params}`;
}

export function useCompare(area: string, year: number | null, group: string | null) {
  return useQuery({
    queryKey: queryKeys.compare(area, year, group),
    queryFn: () => fetchJson<ComparePayload>(compareUrl(area, year, group)),
    // Keep showing the last view while the next one loads.
    placeholderData: keepPreviousData,
  });
}
