import { getLocale, getTranslations } from "next-intl/server";
import type { PolicyDocument } from "@/db/seed/policy-documents";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { intlLocale } from "@/lib/i18n/localized";
import { SourceKindLabel } from "./source-kind";

/** "2016年9月" / "September 2016", or with the day where the source gives it. */
function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number?];
  const options: Intl.DateTimeFormatOptions = d ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" } : { year: "numeric", month: "long", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
}

/** The policy documents in date order, each with an anchor (/policy#<id>) that the summaries link to. */
export async function PolicyTimeline({ documents }: { documents: readonly PolicyDocument[] }) {
  const t = await getTranslations("policy");
  const locale = (await getLocale()) === "en" ? "en" : "zh";
  const other = locale === "en" ? "zh" : "en";
  return (
    <ol aria-label={t("timeline")} className="relative ml-2 space-y-6 border-l-2 border-brand-100 pl-5" data-testid="policy-timeline">
      {documents.map((doc) => (
        <li key={doc.id} id={doc.id} className="relative scroll-mt-24" data-testid={`policy-${doc.id}`}>
          <span aria-hidden className="absolute -left-[1.72rem] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-700" />
          <Card asChild>
            <article className="space-y-2">
              <p className="text-sm text-slate-600">
                <time dateTime={doc.date} className="font-medium text-slate-900">
                  {formatDate(doc.date, locale)}
                </time>{" "}
                · {t(`dateKinds.${doc.dateKind}`)}
                {doc.inFrameworkTable && (
                  <Badge tone="neutral" className="ml-2">
                    {t("frameworkTable")}
                  </Badge>
                )}
              </p>
              <h2 className="text-base font-semibold leading-snug text-brand-800 sm:text-lg">
                {doc.title[locale]}
                {doc.titleAsReported && <span className="ml-1 text-sm font-normal text-slate-600">{t("titleAsReported")}</span>}
              </h2>
              <p className="text-sm text-slate-600" lang={other === "zh" ? "zh-CN" : "en"}>
                {doc.title[other]}
              </p>
              <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="text-slate-500">{t("issuers")}</dt>
                <dd className="text-slate-900">{doc.issuers[locale]}</dd>
                {doc.number && (
                  <>
                    <dt className="text-slate-500">{t("number")}</dt>
                    <dd className="text-slate-900">{doc.number}</dd>
                  </>
                )}
                <dt className="text-slate-500">{t("requires")}</dt>
                <dd className="text-slate-900" data-testid={`policy-requires-${doc.id}`}>
                  {doc.requires[locale]}
                </dd>
                <dt className="text-slate-500">{t("sources")}</dt>
                <dd>
                  <ul className="space-y-1">
                    {doc.sources.map((s) => (
                      <li key={s.url} className="flex flex-wrap items-baseline gap-x-2 text-sm">
                        <a href={s.url} target="_blank" rel="noopener noreferrer" className="break-words text-brand-700 underline underline-offset-2">
                          {s.title[locale]}
                        </a>
                        <SourceKindLabel kind={s.kind} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </dl>
            </article>
          </Card>
        </li>
      ))}
    </ol>
  );
}
