import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReviewQueueRow } from "@/db/queries/review";
import { formatDateTime } from "@/components/audit/format";
import { shortAreaName } from "@/lib/i18n/localized";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import { SubmissionBadge } from "./submission-badge";

/** The queue's rows: one area-year each, with its state, last change and a link to review it. */
export async function QueueTable({ rows }: { rows: ReviewQueueRow[] }) {
  const t = await getTranslations("review");
  const ta = await getTranslations("area");
  const locale = await getLocale();
  if (rows.length === 0) {
    return (
      <Card variant="empty" padding="lg" data-testid="queue-empty">
        {t("queue.none")}
      </Card>
    );
  }
  const th = "px-3 text-xs";
  const td = "px-3 py-2";
  return (
    <TableScroll label={t("queue.caption")}>
      {/* Wider than a phone: it scrolls in its box rather than squeezing each column to a letter a line. */}
      <Table className="min-w-[40rem]">
        <TableCaption>{t("queue.caption")}</TableCaption>
        <TableHeader>
          <TableRow head>
            <TableHead sticky className={th}>{t("queue.area")}</TableHead>
            <TableHead className={th}>{t("queue.year")}</TableHead>
            <TableHead className={th}>{t("queue.state")}</TableHead>
            <TableHead className={th}>{t("queue.lastChange")}</TableHead>
            <TableHead numeric className={th}>{t("queue.values")}</TableHead>
            <TableHead numeric className={th}>{t("queue.flagged")}</TableHead>
            <TableHead className={th}>
              <span className="sr-only">{t("queue.open")}</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => {
            const name = shortAreaName(r, locale);
            return (
              <TableRow key={`${r.areaCode}/${r.year}`} data-testid="queue-row" data-area={r.areaCode} data-year={r.year}>
                <TableRowHeader sticky className={td}>
                  <span className="font-medium">{name}</span>
                  <span className="block text-xs text-slate-600">{ta(`levels.${r.level}`)} · {ta(`waves.${r.wave}`)}</span>
                </TableRowHeader>
                <TableCell className={`${td} tabular-nums`}>{r.year}</TableCell>
                <TableCell className={td}>
                  <SubmissionBadge status={r.status} />
                </TableCell>
                <TableCell className={`${td} text-slate-700`}>
                  {r.changedAt ? (
                    <>
                      {formatDateTime(r.changedAt, locale)}
                      {r.changedByName && <span className="block text-xs text-slate-600">{r.changedByName}</span>}
                    </>
                  ) : (
                    <>
                      {formatDateTime(r.updatedAt, locale)}
                      <span className="block text-xs text-slate-600">{t("queue.lastSaved")}</span>
                    </>
                  )}
                </TableCell>
                <TableCell numeric className={td}>{r.values}</TableCell>
                <TableCell numeric className={td}>{r.flagged > 0 ? <span className="font-medium text-amber-900">{r.flagged}</span> : 0}</TableCell>
                <TableCell className={`${td} text-right`}>
                  <Link href={`/review/${r.areaCode}/${r.year}`} className="text-brand-700 underline" aria-label={t("queue.openLabel", { area: name, year: r.year })}>
                    {t("queue.open")}
                  </Link>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
