import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SubmissionBadge } from "@/components/review/submission-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { SubmissionStatus } from "@/db/schema";
import { formatDay } from "@/lib/i18n/dates";
import { localName } from "@/lib/i18n/localized";
import { listIndicators } from "@/lib/services/kept-reads";
import type { Todo } from "@/lib/services/todo";

const entryLink = (area: string, year: number, key?: string | null) => `/areas/${area}/entry?year=${year}${key ? `#value-${key}` : ""}`;

/** An official's part: the years due or overdue, the returned years with every remark, the open period's targets. */
export async function OfficialTodo({ part }: { part: NonNullable<Todo["official"]> }) {
  const t = await getTranslations("todo");
  const locale = await getLocale();
  const names = new Map(listIndicators().map((i) => [i.key, localName(i, locale)]));
  const { areaCode, due, returned, targets } = part;
  return (
    <>
      <section aria-labelledby="todo-due" className="space-y-2">
        <h2 id="todo-due" className="text-lg font-semibold">{t("dueTitle")}</h2>
        {due.length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="todo-due-none">{t("dueNone")}</p>
        ) : (
          <ul className="space-y-2">
            {due.map((d) => (
              <Card asChild key={d.year} padding="sm">
                <li data-testid="todo-due-year" data-year={d.year} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  <Link href={entryLink(areaCode, d.year)} className="font-medium text-brand-700 underline">
                    {t("yearEntry", { year: d.year })}
                  </Link>
                  <SubmissionBadge status={d.status as SubmissionStatus} />
                  <Badge tone={d.state === "overdue" ? "danger" : d.state === "due_soon" ? "warning" : "neutral"}>
                    {d.state === "overdue" ? t("overdueBy", { days: -d.daysLeft }) : d.state === "due_soon" ? t("dueSoonIn", { days: d.daysLeft }) : t("dueIn", { days: d.daysLeft })}
                  </Badge>
                  <span className="text-slate-700">{t("deadline", { day: formatDay(d.dataDueOn, locale) })}</span>
                </li>
              </Card>
            ))}
          </ul>
        )}
      </section>

      {returned.length > 0 && (
        <section aria-labelledby="todo-returned" className="space-y-2">
          <h2 id="todo-returned" className="text-lg font-semibold">{t("returnedTitle")}</h2>
          <p className="text-sm text-slate-700">{t("returnedIntro")}</p>
          {returned.map((r) => (
            <Card asChild key={r.year}>
              <article data-testid="todo-returned-year" data-year={r.year} aria-labelledby={`todo-returned-${r.year}`} className="space-y-2">
                <h3 id={`todo-returned-${r.year}`} className="font-medium">{t("returnedYear", { year: r.year })}</h3>
                <ul className="space-y-2 text-sm">
                  {r.remarks.map((c) => (
                    <li key={c.id} data-testid="todo-remark" className="border-l-2 border-amber-400 pl-3">
                      <p>{c.body}</p>
                      <p className="text-xs text-slate-600">{c.authorName}</p>
                      <Link href={entryLink(areaCode, r.year, c.indicatorKey)} className="text-brand-700 underline">
                        {c.indicatorKey ? t("goToField", { field: names.get(c.indicatorKey) ?? c.indicatorKey }) : t("goToYear", { year: r.year })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </article>
            </Card>
          ))}
        </section>
      )}

      {targets && (
        <section aria-labelledby="todo-targets" className="space-y-2">
          <h2 id="todo-targets" className="text-lg font-semibold">{t("targetsTitle")}</h2>
          <Card asChild padding="sm">
            <p className="text-sm" data-testid="todo-targets">
              {t("targetsText", { period: locale === "en" ? targets.period.nameEn : targets.period.nameZh, year: targets.period.targetYear, set: targets.set, previous: targets.previous })}{" "}
              <Link href={`/areas/${areaCode}/targets?period=${targets.period.code}`} className="text-brand-700 underline">
                {t("targetsLink", { year: targets.period.targetYear })}
              </Link>
            </p>
          </Card>
        </section>
      )}
    </>
  );
}
