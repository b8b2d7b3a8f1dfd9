import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { IndicatorDef } from "@/db/queries/indicators";
import type { ReviewComment } from "@/db/queries/review";
import { INDICATOR_GROUPS } from "@/lib/domain/enums";
import { formatNumber, localName, localUnit } from "@/lib/i18n/localized";

type StoredValue = { value: number; note: string | null; source: string | null; flagged: boolean };

type Props = {
  areaCode: string;
  year: number;
  indicators: readonly IndicatorDef[];
  current: Record<string, StoredValue | undefined>;
  previous: Record<string, number | undefined>;
  /** Thread comments tied to one field, by indicator key. */
  comments: Record<string, ReviewComment[]>;
};

/** What a reviewer checks: each value of the year beside last year's, with its flag, note and remarks. */
export async function YearValuesTable({ areaCode, year, indicators, current, previous, comments }: Props) {
  const t = await getTranslations("review");
  const tg = await getTranslations("groups");
  const locale = await getLocale();
  const num = (v: number | undefined, decimals: number) => (v === undefined ? "—" : formatNumber(v, decimals, locale));
  const th = "px-3 py-2 text-left text-xs font-medium text-slate-600";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="review-values">
        <caption className="sr-only">{t("page.valuesCaption", { year })}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>{t("page.indicator")}</th>
            <th scope="col" className={`${th} text-right`}>{t("page.value", { year })}</th>
            <th scope="col" className={`${th} text-right`}>{t("page.lastYear", { year: year - 1 })}</th>
            <th scope="col" className={th}>{t("page.noteAndFlag")}</th>
            <th scope="col" className={th}>{t("page.remarks")}</th>
          </tr>
        </thead>
        {INDICATOR_GROUPS.map((group) => {
          const rows = indicators.filter((i) => i.group === group);
          if (rows.length === 0) return null;
          return (
            <tbody key={group} className="divide-y divide-slate-100 border-t border-slate-200">
              <tr className="bg-slate-50/60">
                <th scope="colgroup" colSpan={5} className="px-3 py-1.5 text-left text-xs font-semibold text-slate-700">
                  {tg(group)}
                </th>
              </tr>
              {rows.map((ind) => {
                const v = current[ind.key];
                const remarks = comments[ind.key] ?? [];
                return (
                  <tr key={ind.key} data-testid={`review-value-${ind.key}`} data-flagged={v?.flagged ? "true" : "false"}>
                    <th scope="row" className="px-3 py-2 text-left font-normal">
                      {localName(ind, locale)} <span className="text-slate-600">({localUnit(ind, locale)})</span>
                      <Link
                        href={`/audit?area=${areaCode}&indicator=${ind.key}&entity=value`}
                        className="block text-xs text-brand-700 underline"
                        aria-label={t("page.historyOf", { name: localName(ind, locale) })}
                      >
                        {t("page.history")}
                      </Link>
                    </th>
                    <td className="px-3 py-2 text-right tabular-nums">{v ? num(v.value, ind.decimals) : <span className="text-slate-600">{t("page.notReported")}</span>}</td>
                    <td className="px-3 py-2 text-right tabular-nums text-slate-700">{num(previous[ind.key], ind.decimals)}</td>
                    <td className="px-3 py-2">
                      {v?.flagged && <span className="mr-1 inline-block rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">{t("page.flagged")}</span>}
                      {v?.note && <span className="whitespace-pre-line">{v.note}</span>}
                    </td>
                    <td className="px-3 py-2">
                      {remarks.map((c) => (
                        <p key={c.id} className="text-xs text-slate-800">
                          <span className="font-medium">{t(`kinds.${c.kind}`)}</span>: {c.body}
                        </p>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
