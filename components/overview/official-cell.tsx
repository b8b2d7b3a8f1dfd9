import { OfficialBadge } from "@/components/record/official-badge";
import type { ReportLocale } from "@/lib/reports/format";
import type { ReportT } from "@/lib/reports/labels";
import type { OfficialResultView } from "@/lib/services/official-record";

/**
 * The overview's "official result" cell: what the national bodies published for the area that year,
 * per city, each with its source (a commendation with its field under it).
 */
export function OfficialCell({ code, results, t, locale }: { code: string; results: OfficialResultView[]; t: ReportT; locale: ReportLocale }) {
  return (
    <td className="min-w-40 border-x border-indigo-100 bg-indigo-50/40 px-2 py-1.5 text-xs" data-testid={`official-${code}`}>
      {results.length === 0 ? (
        <span className="text-slate-600">{t("official.overviewNone")}</span>
      ) : (
        <ul className="space-y-1">
          {results.map((o) => (
            <li key={o.id} className="flex flex-wrap items-baseline gap-x-1 gap-y-0.5">
              {o.city && <span className="text-slate-800">{o.city[locale]}</span>}
              <OfficialBadge result={o.result} label={t(`official.results.${o.result}`)} mark={t("official.badge")} />
              <a href={o.source.url} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline underline-offset-2" title={o.source.title}>
                {t("official.overviewSource")}
              </a>
              <span className="sr-only">
                {o.source.title} ({t(`official.sourceKinds.${o.source.kind}`)})
              </span>
              {o.field && <span className="basis-full text-slate-700">{o.field[locale]}</span>}
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}
