"use client";

import { useLocale, useTranslations } from "next-intl";
import { SmallMultiples } from "@/components/charts/small-multiples";
import type { SideBySidePayload } from "@/lib/services/compare";
import { formatNumber } from "@/lib/i18n/localized";
import type { IndicatorMeta } from "./indicator-table";

/** 2–6 areas in one table (scores among themselves, then each indicator) plus small-multiple charts. */
export function SideBySide({ payload, labels, indicators }: { payload: SideBySidePayload; labels: Record<string, string>; indicators: IndicatorMeta[] }) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const rows = new Map(payload.rankings.data.map((r) => [r.code, r]));
  const num = (v: number | null | undefined, d = 1) => (v === null || v === undefined ? t("noData") : formatNumber(v, d, locale));
  const scoreRows: { label: string; value: (code: string) => string }[] = [
    { label: t("composite"), value: (c) => num(rows.get(c)?.composite) },
    ...(["entity", "factor", "structure"] as const).map((d) => ({ label: t(`dimensions.${d}`), value: (c: string) => num(rows.get(c)?.dimensions[d]) })),
    { label: t("rank"), value: (c) => String(rows.get(c)?.rank ?? "—") },
  ];

  return (
    <div className="space-y-5">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[36rem] text-sm" data-testid="side-by-side-table">
          <caption className="sr-only">{t("sideBySideCaption", { year: payload.rankings.year })}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="px-2 py-2 text-left font-medium text-slate-600">{payload.rankings.year}</th>
              {payload.codes.map((c) => (
                <th key={c} scope="col" className="px-2 py-2 text-right font-semibold">{labels[c] ?? c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scoreRows.map((r) => (
              <tr key={r.label} className="border-b border-slate-100 bg-slate-50">
                <th scope="row" className="px-2 py-1.5 text-left font-medium">{r.label}</th>
                {payload.codes.map((c) => (
                  <td key={c} className="px-2 py-1.5 text-right tabular-nums">{r.value(c)}</td>
                ))}
              </tr>
            ))}
            {indicators.map((i) => (
              <tr key={i.key} className="border-b border-slate-100">
                <th scope="row" className="px-2 py-1.5 text-left font-normal">
                  {i.name} <span className="text-slate-500">({i.unit})</span>
                </th>
                {payload.codes.map((c) => (
                  <td key={c} className="px-2 py-1.5 text-right tabular-nums">{num(rows.get(c)?.indicators[i.key], i.decimals)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SmallMultiples
        testId="small-multiples"
        locale={locale === "en" ? "en" : "zh"}
        series={payload.codes.map((c) => ({ code: c, label: labels[c] ?? c }))}
        charts={indicators.map((i) => ({ key: i.key, title: i.name, unit: i.unit, decimals: i.decimals, rows: payload.series[i.key] ?? [] }))}
      />
    </div>
  );
}
