"use client";

import { useLocale, useTranslations } from "next-intl";
import { useDeferredValue, useMemo, useState } from "react";
import { GroupPicker, type SavedGroupOption } from "@/components/compare/group-picker";
import { groupLabel } from "@/components/compare/group-options";
import type { IndicatorMeta } from "@/components/compare/indicator-table";
import { MethodologyPanel } from "@/components/compare/methodology-panel";
import { Pagination } from "@/components/ui/pagination";
import { useUrlState } from "@/components/compare/use-url-state";
import { DIMENSION_SORTS, rankingsQueryFromUrl } from "@/lib/domain/rankings-page";
import { formatNumber, shortAreaName } from "@/lib/i18n/localized";
import { rankingsUrl, useRankings } from "@/lib/query/use-rankings";

export type RankingsViewProps = {
  years: number[];
  indicators: IndicatorMeta[];
  savedGroups: SavedGroupOption[];
  canSaveGroups: boolean;
  defaults: { year: number; group: string };
};

/** Every area of a group, sortable by composite, a dimension or an indicator; state in the URL. */
export function RankingsView({ years, indicators, savedGroups, canSaveGroups, defaults }: RankingsViewProps) {
  const t = useTranslations("rankings");
  const tc = useTranslations("compare");
  const tg = useTranslations("peerGroups");
  const locale = useLocale();
  const url = useUrlState();
  const state = rankingsQueryFromUrl((key) => url.get(key), defaults);
  const { year, group, sort: sortKey } = state;
  const dir = state.dir === "asc" ? 1 : -1;
  // The box follows what is typed at once; the query follows a deferred copy, so typing never waits on it.
  const [search, setSearch] = useState(url.get("q") ?? "");
  const query = useDeferredValue(search.trim().toLowerCase());
  const shownIndicator = state.indicator;
  // Search, sort and paging run on the server over every row: the browser gets the 25 rows it shows.
  const { data, error, isFetching, isPlaceholderData } = useRankings({ ...state, q: query });
  // The rows carry their names, and the methodology those of the areas it lists.
  const nameOf = useMemo(() => {
    const names = new Map(Object.entries(data?.methodology.names ?? {}));
    for (const r of data?.data ?? []) names.set(r.code, r.names);
    return (code: string) => {
      const n = names.get(code);
      return n ? shortAreaName({ nameZh: n.zh, nameEn: n.en }, locale) : code;
    };
  }, [data, locale]);
  const indicator = indicators.find((i) => i.key === shownIndicator);
  const shown = data?.data ?? [];
  const onSearch = (value: string) => {
    setSearch(value);
    url.set({ q: value.trim() || null, page: null });
  };

  // A new order starts again at page 1: page 3 of another order means nothing.
  const sortBy = (key: string) => url.set({ sort: key, dir: key === sortKey && dir === -1 ? "asc" : null, page: null });
  const header = (key: string, label: string) => (
    <th key={key} scope="col" className="px-2 py-2 text-right font-medium" aria-sort={sortKey === key ? (dir === 1 ? "ascending" : "descending") : "none"}>
      <button type="button" onClick={() => sortBy(key)} className="hover:underline" data-testid={`sort-${key}`}>
        {label}
        {sortKey === key ? (dir === 1 ? " ▲" : " ▼") : ""}
      </button>
    </th>
  );
  const num = (v: number | null | undefined, d = 1) => (v === null || v === undefined ? tc("noData") : formatNumber(v, d, locale));
  const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5";

  return (
    <div className="space-y-4">
      <div className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4" data-no-print>
        <label className="block text-sm">
          <span className="mb-1 block text-slate-700">{tc("year")}</span>
          <select value={year} onChange={(e) => url.set({ year: e.target.value, page: null })} className={field} data-testid="year-select">
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          <span className="mb-1 block text-slate-700">{t("showIndicator")}</span>
          <select value={shownIndicator} onChange={(e) => url.set({ indicator: e.target.value || null })} className={field} data-testid="indicator-select">
            <option value="">{t("noIndicator")}</option>
            {indicators.map((i) => (
              <option key={i.key} value={i.key}>{i.name}</option>
            ))}
          </select>
        </label>
        <div className="sm:col-span-2">
          <GroupPicker key={group} value={group} valueName={data?.group.name ?? null} onChange={(spec) => url.set({ group: spec, page: null })} savedGroups={savedGroups} canSave={canSaveGroups} />
        </div>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" aria-live="polite">
          {data ? t("summary", { count: data.total, group: groupLabel(data.group.spec, tg, data.group.name), year: data.year, average: num(data.peerAverage) }) : ""}
          {isFetching ? ` · ${tc("updating")}` : ""}
        </p>
        <div className="flex gap-2 text-sm" data-no-print>
          <a href={rankingsUrl(year, group, { format: "csv" })} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50" data-testid="download-csv" download>
            {t("downloadCsv")}
          </a>
          <a href={rankingsUrl(year, group, { format: "xlsx" })} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50" data-testid="download-xlsx" download>
            {t("downloadXlsx")}
          </a>
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-3" data-no-print>
        <label className="block w-full text-sm sm:w-80">
          <span className="mb-1 block text-slate-700">{t("search")}</span>
          <input type="search" value={search} onChange={(e) => onSearch(e.target.value)} placeholder={t("searchPlaceholder")} className={field} data-testid="rankings-search" />
        </label>
        <p className="pb-1.5 text-sm text-slate-700" aria-live="polite" data-testid="rankings-matches">
          {data && query ? t("matches", { count: data.matched }) : ""}
        </p>
      </div>
      {error && <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">{error.message}</p>}

      {data && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[48rem] text-sm" data-testid="rankings-table" aria-busy={isPlaceholderData}>
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th scope="col" className="px-2 py-2 text-right font-medium">{tc("rank")}</th>
                <th scope="col" className="px-2 py-2 text-left font-medium">{tc("area")}</th>
                {header("composite", tc("composite"))}
                {DIMENSION_SORTS.map((d) => header(d, tc(`dimensionsShort.${d}`)))}
                {header("change", t("change"))}
                {indicator && header(`ind:${indicator.key}`, `${indicator.name} (${indicator.unit})`)}
                <th scope="col" className="px-2 py-2 text-right font-medium">{tc("rankRange")}</th>
                <th scope="col" className="px-2 py-2 text-left font-medium">{tc("performance")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.code} className="border-b border-slate-100" data-area={r.code}>
                  <td className="px-2 py-1.5 text-right tabular-nums" data-testid="rank-cell">{r.rank ?? "—"}</td>
                  <th scope="row" className="px-2 py-1.5 text-left font-normal">
                    <a href={`/compare?area=${r.code}&year=${year}&group=${encodeURIComponent(group)}`} className="text-brand-700 hover:underline">
                      {nameOf(r.code)}
                    </a>
                  </th>
                  <td className="px-2 py-1.5 text-right font-semibold tabular-nums" data-testid="composite-cell">{num(r.composite)}</td>
                  {DIMENSION_SORTS.map((d) => (
                    <td key={d} className="px-2 py-1.5 text-right tabular-nums" data-testid={`${d}-cell`}>{num(r.dimensions[d])}</td>
                  ))}
                  <td className="px-2 py-1.5 text-right tabular-nums">{r.change === null ? "—" : `${r.change > 0 ? "+" : ""}${num(r.change)}`}</td>
                  {indicator && <td className="px-2 py-1.5 text-right tabular-nums" data-testid="indicator-cell">{num(r.indicators[indicator.key], indicator.decimals)}</td>}
                  <td className="px-2 py-1.5 text-right tabular-nums">{r.rankRange ? `${r.rankRange.best}–${r.rankRange.worst}` : "—"}</td>
                  <td className="px-2 py-1.5">{r.performance ? tc(`performanceGroups.${r.performance}`) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.matched === 0 && <p className="p-4 text-center text-slate-600">{t("noMatch")}</p>}
        </div>
      )}
      {data && <Pagination page={data.page} total={data.matched} pageSize={data.pageSize} onPageChange={(p) => url.set({ page: p > 1 ? String(p) : null })} />}
      {data && (
        <MethodologyPanel
          methodology={data.methodology}
          memberNames={nameOf}
          indicatorName={(key) => indicators.find((i) => i.key === key)?.name ?? key}
          groupName={groupLabel(data.group.spec, tg, data.group.name)}
        />
      )}
    </div>
  );
}
