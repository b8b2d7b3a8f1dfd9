"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { shortAreaName } from "@/lib/i18n/localized";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";

export type AreaOption = { code: string; label: string };
type AreasPage = { total: number; page: number; pageSize: number; data: { code: string; names: { zh: string; en: string } }[] };

/** How many matches the area search lists. */
const AREA_SEARCH_LIMIT = 20;
// The API's largest page.
const PAGE_SIZE = 1000;

const option = (a: AreasPage["data"][number], locale: string): AreaOption => ({ code: a.code, label: shortAreaName({ nameZh: a.names.zh, nameEn: a.names.en }, locale) });

/** The first areas whose code, names, member cities or province contain `q`, searched on the server. */
export function useAreaSearch(q: string, locale: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.areaSearch(q.trim(), locale),
    queryFn: async () => {
      const body = await fetchJson<AreasPage>(`/api/v1/areas?${new URLSearchParams({ q: q.trim(), pageSize: String(AREA_SEARCH_LIMIT) })}`);
      return body.data.map((a) => option(a, locale));
    },
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Every active area, fetched a page at a time, only once `enabled` (a list the user opened). */
export function useAllAreas(locale: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.allAreas(locale),
    queryFn: async () => {
      const options: AreaOption[] = [];
      for (let page = 1; ; page++) {
        const body = await fetchJson<AreasPage>(`/api/v1/areas?page=${page}&pageSize=${PAGE_SIZE}`);
        options.push(...body.data.map((a) => option(a, locale)));
        if (body.page * body.pageSize >= body.total || body.data.length === 0) return options;
      }
    },
    enabled,
    staleTime: 5 * 60_000,
  });
}
