import { OfficialBadge } from "@/components/record/official-badge";
import type { ReportLocale } from "@/lib/reports/format";
import type { ReportT } from "@/lib/reports/labels";
import { officialResultLabel } from "@/lib/reports/summary-record";
import type { OfficialResultView } from "@/lib/services/official-record";

/** The overview's "official result" cell: what the national bodies published for the area that year, per city, each with its source. */
export function OfficialCell({ code, results, t, locale }: { code: string; results: OfficialResultView[]; t: ReportT; locale: ReportLocale }) {
  return (
    <td className="border-x border-indigo-100 bg-indigo-50/40 px-2 py-1.5 text-xs" data-testid={`official-${code}`}>
      {results.length === 0 ? (
        <span className="text-slate-600">{t("official.overviewNone")}</span>
      ) : (
        <ul className="space-y-1">
          {results.map((o) => (
            <li key={o.id} className="whitespace-nowrap">
              {o.city && <span className="mr-1 text-slate-800">{o.city[locale]}</span>}
              <OfficialBadge result={o.result} label={officialResultLabel(o, t, locale)} mark={t("official.badge")} />{" "}
              <a href={o.source.url} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline underline-offset-2" title={o.source.title}>
                {t("official.overviewSource")}
              </a>
              <span className="sr-only">
                {" "}
                {o.source.title} ({t(`official.sourceKinds.${o.source.kind}`)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}
