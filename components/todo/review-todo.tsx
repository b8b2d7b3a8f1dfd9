import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/components/audit/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import { formatDay } from "@/lib/i18n/dates";
import { shortAreaName } from "@/lib/i18n/localized";
import type { Todo } from "@/lib/services/todo";

/** A reviewer's part: the years waiting, oldest first, with how long; the years overdue, by area. */
export async function ReviewTodo({ part }: { part: NonNullable<Todo["review"]> }) {
  const t = await getTranslations("todo");
  const locale = await getLocale();
  const th = "px-3 text-xs";
  const td = "px-3 py-2";
  return (
    <>
      <section aria-labelledby="todo-waiting" className="space-y-2">
        <h2 id="todo-waiting" className="text-lg font-semibold">{t("waitingTitle")}</h2>
        {part.waiting.length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="todo-waiting-none">{t("waitingNone")}</p>
        ) : (
          <TableScroll label={t("waitingTitle")}>
            <Table className="min-w-[36rem]">
              <TableCaption>{t("waitingCaption")}</TableCaption>
              <TableHeader>
                <TableRow head>
                  <TableHead sticky className={th}>{t("area")}</TableHead>
                  <TableHead className={th}>{t("year")}</TableHead>
                  <TableHead className={th}>{t("submittedAt")}</TableHead>
                  <TableHead numeric className={th}>{t("waited")}</TableHead>
                  <TableHead className={th}>{t("reviewDue")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {part.waiting.map((w) => {
                  const name = shortAreaName(w, locale);
                  return (
                    <TableRow key={`${w.areaCode}/${w.year}`} data-testid="todo-waiting-row" data-area={w.areaCode} data-year={w.year}>
                      <TableRowHeader sticky className={td}>
                        <Link href={`/review/${w.areaCode}/${w.year}`} className="font-medium text-brand-700 underline">{name}</Link>
                      </TableRowHeader>
                      <TableCell className={`${td} tabular-nums`}>{w.year}</TableCell>
                      <TableCell className={`${td} text-slate-700`}>
                        {formatDateTime(w.submittedAt, locale)}
                        {w.submittedBy && <span className="block text-xs text-slate-600">{w.submittedBy}</span>}
                      </TableCell>
                      <TableCell numeric className={td}>{t("days", { days: w.waited })}</TableCell>
                      <TableCell className={td}>
                        {formatDay(w.reviewDueOn, locale)}
                        {w.tooLong && <Badge tone="danger" className="ml-2" data-testid="waiting-too-long">{t("tooLong")}</Badge>}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="todo-overdue" className="space-y-2">
        <h2 id="todo-overdue" className="text-lg font-semibold">{t("overdueTitle")}</h2>
        {part.overdue.length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="todo-overdue-none">{t("overdueNone")}</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {part.overdue.map((a) => (
              <Card asChild key={a.areaCode} padding="sm">
                <li data-testid="todo-overdue-area" data-area={a.areaCode} className="text-sm">
                  <Link href={`/areas/${a.areaCode}`} className="font-medium text-brand-700 underline">{shortAreaName(a, locale)}</Link>
                  <ul className="mt-1 text-slate-700">
                    {a.years.map((y) => (
                      <li key={y.year}>{t("overdueYear", { year: y.year, day: formatDay(y.dataDueOn, locale), days: y.daysOver })}</li>
                    ))}
                  </ul>
                </li>
              </Card>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
