import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { SourceKindLabel } from "@/components/policy/source-kind";
import { listAreaCities } from "@/db/queries/areas";
import { canActOnArea } from "@/lib/auth/area-scope";
import type { CurrentUser } from "@/lib/auth/session";
import { localNameOrOther } from "@/lib/i18n/localized";
import { asReportLocale } from "@/lib/reports/format";
import { formatDate } from "@/lib/reports/summary-document";
import { officialCityText, officialResultLabel, officialYearText, policyHref } from "@/lib/reports/summary-record";
import { getAreaOfficialRecord } from "@/lib/services/official-record";
import { OfficialBadge } from "./official-badge";
import { OfficialResultForm } from "./official-result-form";

type Props = { area: { id: number; code: string; status: "active" | "pending" | "rejected"; nameZh: string; nameEn: string }; user: CurrentUser | null };

/** The area page's part for the programme's own record: every published result with its source, and (for evaluators) the form to add one. */
export async function OfficialRecordSection({ area, user }: Props) {
  const tt = await getTranslations();
  const t = (key: string, values?: Record<string, string | number>) => tt(key as never, values as never);
  const locale = asReportLocale(await getLocale());
  const results = getAreaOfficialRecord(area.id);
  const canRecord = canActOnArea(user, "official_results.write", area);
  const cities = canRecord ? listAreaCities(area.id).map((c) => ({ position: c.position, name: localNameOrOther(c, locale) })) : [];
  return (
    <section aria-labelledby="official-record-heading" className="space-y-3 rounded-lg border border-indigo-200 bg-white p-4" data-testid="official-record">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="official-record-heading" className="text-lg font-semibold">{t("official.heading")}</h2>
        <Link href="/policy" className="text-sm text-brand-700 underline-offset-2 hover:underline">
          {t("official.policyLink")}
        </Link>
      </div>
      <p className="text-xs text-slate-600">{t("official.intro")}</p>
      {results.length === 0 ? (
        <p className="text-sm text-slate-700" data-testid="official-record-none">{t("official.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("official.caption", { area: locale === "en" ? area.nameEn : area.nameZh })}</caption>
            <thead>
              <tr className="border-b border-slate-300 bg-indigo-50 text-left">
                {(["year", "city", "result", "source", "note", "recorded"] as const).map((c) => (
                  <th key={c} scope="col" className="whitespace-nowrap px-2 py-1.5 font-medium">{t(`official.columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {results.map((o) => (
                <tr key={o.id} className="border-b border-slate-100 align-top" data-testid={`official-row-${o.id}`} data-year={o.year}>
                  <th scope="row" className="whitespace-nowrap px-2 py-1.5 text-left font-normal tabular-nums">{officialYearText(o, t)}</th>
                  <td className="px-2 py-1.5">{officialCityText(o, t, locale)}</td>
                  <td className="px-2 py-1.5">
                    <OfficialBadge result={o.result} label={officialResultLabel(o, t, locale)} mark={t("official.badge")} />
                  </td>
                  <td className="min-w-48 px-2 py-1.5">
                    <a href={o.source.url} target="_blank" rel="noopener noreferrer" className="break-words text-brand-700 underline underline-offset-2">
                      {o.source.title}
                    </a>{" "}
                    <SourceKindLabel kind={o.source.kind} />
                    {o.document && (
                      <p className="mt-0.5 text-xs">
                        <Link href={policyHref(o.document.id)} className="text-brand-700 underline-offset-2 hover:underline">
                          {t("official.document", { title: o.document.shortTitle[locale] })}
                        </Link>
                      </p>
                    )}
                  </td>
                  <td className="min-w-40 px-2 py-1.5 text-xs text-slate-700">{o.note ? o.note[locale] : "—"}</td>
                  <td className="px-2 py-1.5 text-xs text-slate-600">
                    {o.recordedBy ? t("official.recordedBy", { name: o.recordedBy, date: formatDate(o.recordedAt, locale) }) : t("official.referenceData")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canRecord && (
        <ClientMessages namespaces={["official.form", "official.messages", "official.results", "official.sourceKinds"]}>
          <OfficialResultForm areaCode={area.code} cities={cities} latestYear={new Date().getFullYear()} />
        </ClientMessages>
      )}
    </section>
  );
}
