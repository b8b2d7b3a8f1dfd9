import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listAreaCities, type AreaDetail } from "@/db/queries/areas";
import { AreaExportLinks } from "@/components/areas/area-export-links";
import { SubmissionBadge } from "@/components/review/submission-badge";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { localNameOrOther } from "@/lib/i18n/localized";
import type { SubmissionStatus } from "@/lib/validations/review";

type YearState = { year: number; status: SubmissionStatus };

type Props = {
  area: AreaDetail;
  latestYear: number | null;
  /** The submission state of the latest years; each links where this person can act on it, if anywhere. */
  yearStates?: YearState[];
  yearHref?: (year: number) => string | null;
};

export async function AreaFacts({ area, latestYear, yearStates = [], yearHref }: Props) {
  const t = await getTranslations("area");
  const tr = await getTranslations("review");
  const locale = await getLocale();
  const province = t.has(`provinces.${area.province}`) ? t(`provinces.${area.province}`) : area.province;
  // Member cities are data in both languages (area_cities); a name given in one language only shows as given.
  const cities = listAreaCities(area.id).map((c) => localNameOrOther(c, locale));
  const facts: [string, string, string?][] = [
    [t("level"), t(`levels.${area.level}`)],
    [t("wave"), t(`waves.${area.wave}`)],
    [t("designated"), area.yearDesignated ? String(area.yearDesignated) : "—"],
    [t("province"), province],
    [t("memberCities"), cities.join(locale === "en" ? ", " : "、") || "—", "area-member-cities"],
    [t("type"), t(`types.${area.type}`)],
    [t("resourceType"), t(`resourceTypes.${area.resourceType}`)],
    [t("latestData"), latestYear ? String(latestYear) : t("noData")],
  ];
  return (
    <Card asChild>
      <section aria-label={t("facts")}>
        {area.status !== "active" && (
          <Notice asChild tone="warning" className="mb-3 border-0">
            <p data-testid="area-pending">{t("pendingNotice")}</p>
          </Notice>
        )}
        <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
          {facts.map(([label, value, testId]) => (
            <div key={label}>
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd className="text-slate-900" data-testid={testId}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        {yearStates.length > 0 && (
          <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-slate-100 pt-3 text-sm" data-testid="year-states">
            <span className="text-xs text-slate-500">{tr("areaStates")}</span>
            {yearStates.map(({ year, status }) => {
              const href = yearHref?.(year);
              const label = (
                <>
                  <span className="tabular-nums">{year}</span> <SubmissionBadge status={status} />
                </>
              );
              return (
                <span key={year} data-testid={`year-state-${year}`} data-status={status}>
                  {href ? (
                    <Link href={href} className="inline-flex items-center gap-1 text-brand-700 underline">
                      {label}
                    </Link>
                  ) : (
                    <span className="inline-flex items-center gap-1">{label}</span>
                  )}
                </span>
              );
            })}
          </div>
        )}
        <AreaExportLinks area={area} />
      </section>
    </Card>
  );
}
