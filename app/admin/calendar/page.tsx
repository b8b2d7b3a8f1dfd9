import { getLocale, getTranslations } from "next-intl/server";
import { listDeadlines } from "@/db/queries/calendar";
import { DeadlinesForm } from "@/components/calendar/deadlines-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { beijingDay, DUE_SOON_DAYS, TRACKED_YEARS, trackedYears } from "@/lib/domain/calendar";
import { formatDay } from "@/lib/i18n/dates";

export async function generateMetadata() {
  return { title: (await getTranslations("calendar"))("title") };
}

export default async function CalendarPage() {
  await guardPage("calendar.manage", "/admin/calendar");
  const t = await getTranslations("calendar");
  const locale = await getLocale();
  const today = beijingDay(new Date());
  // The year still running, then the years the to-do pages follow.
  const years = [Number(today.slice(0, 4)), ...trackedYears(today)];
  return (
    <ClientMessages namespaces={["calendar"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro", { soon: DUE_SOON_DAYS, tracked: TRACKED_YEARS })}</p>
        <ul className="space-y-3">
          {listDeadlines(years).map((d) => (
            <Card asChild key={d.year}>
              <li data-testid="calendar-year" data-year={d.year} className="space-y-2">
                <h2 className="flex flex-wrap items-center gap-2 font-medium">
                  {t("yearHeading", { year: d.year })}
                  <Badge tone={d.isDefault ? "neutral" : "info"}>{d.isDefault ? t("default") : t("set")}</Badge>
                </h2>
                <p className="text-sm text-slate-700">
                  {t("summary", { due: formatDay(d.dataDueOn, locale), review: formatDay(d.reviewDueOn, locale) })}
                </p>
                <DeadlinesForm year={d.year} dataDueOn={d.dataDueOn} reviewDueOn={d.reviewDueOn} />
              </li>
            </Card>
          ))}
        </ul>
      </div>
    </ClientMessages>
  );
}
