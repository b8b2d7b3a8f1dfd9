"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { ComparePayload } from "@/lib/services/compare";
import { formatNumber } from "@/lib/i18n/localized";

export type IndicatorMeta = { key: string; name: string; unit: string; decimals: number; direction: "higher" | "lower"; dimension: string };
type Row = ComparePayload["indicators"][number];
type SortKey = "name" | "value" | "score" | "rank" | "peerMedian";

/** The area's standing on every scored indicator; sortable by any column. */
export function IndicatorTable({ rows, indicators, nameOf }: { rows: Row[]; indicators: IndicatorMeta[]; nameOf: (code: string) => string }) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "score", dir: -1 });
  const meta = useMemo(() => new Map(indicators.map((i) => [i.key, i])), [indicators]);

  const sorted = useMemo(() => {
    const keyOf = (r: Row): string | number | null =>
      sort.key === "name" ? (meta.get(r.indicatorKey)?.name ?? r.indicatorKey) : r[sort.key];
    // Missing values always sort last, whichever the direction.
    return [...rows].sort((a, b) => {
      const x = keyOf(a);
      const y = keyOf(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return (typeof x === "string" ? x.localeCompare(String(y), locale) : x - (y as number)) * sort.dir;
    });
  }, [rows, sort, meta, locale]);

  const header = (key: SortKey, label: string, align = "text-right") => (
    <th scope="col" className={`py-2 font-medium ${align}`} aria-sort={sort.key === key ? (sort.dir === 1 ? "ascending" : "descending") : "none"}>
      <button type="button" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : key === "name" || key === "rank" ? 1 : -1 }))} className="hover:underline">
        {label}
        {sort.key === key ? (sort.dir === 1 ? " ▲" : " ▼") : ""}
      </button>
    </th>
  );
  const num = (v: number | null, d: number) => (v === null ? t("noData") : formatNumber(v, d, locale));

  return (
    <section className="rounded-lg border border-slate-200 bg-white p-3" aria-labelledby="indicator-table">
      <h3 id="indicator-table" className="mb-2 text-lg font-semibold">{t("indicatorTable")}</h3>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-sm" data-testid="indicator-table">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              {header("name", t("indicator"), "text-left")}
              {header("value", t("value"))}
              {header("score", t("scoreOf100"))}
              {header("rank", t("rankInGroup"))}
              {header("peerMedian", t("peerMedian"))}
              <th scope="col" className="py-2 text-right font-medium">{t("bestPeer")}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => {
              const m = meta.get(r.indicatorKey);
              const d = m?.decimals ?? 1;
              return (
                <tr key={r.indicatorKey} className="border-b border-slate-100" data-indicator={r.indicatorKey}>
                  <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                    {m?.name ?? r.indicatorKey} <span className="text-slate-500">({m?.unit}{m?.direction === "lower" ? ` · ${t("lowerBetter")}` : ""})</span>
                  </th>
                  <td className="py-1.5 text-right tabular-nums">{num(r.value, d)}</td>
                  <td className="py-1.5 text-right tabular-nums">{num(r.score, 1)}</td>
                  <td className="py-1.5 text-right tabular-nums">{r.rank === null ? "—" : `${r.rank}/${r.ranked}`}</td>
                  <td className="py-1.5 text-right tabular-nums">{num(r.peerMedian, d)}</td>
                  <td className="py-1.5 text-right">{r.best ? `${nameOf(r.best.areaCode)} (${formatNumber(r.best.value, d, locale)})` : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
