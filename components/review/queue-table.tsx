import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReviewQueueRow } from "@/db/queries/review";
import { formatDateTime } from "@/components/audit/format";
import { shortAreaName } from "@/lib/i18n/localized";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { waitingDays, waitingTooLong } from "@/lib/domain/calendar";
import { BULK_APPROVE_FORM } from "./bulk-approve-form-id";
import { SubmissionBadge } from "./submission-badge";

/** For submitted years: today (a Beijing day) and each year's review deadline. */
type Waiting = { today: string; reviewDueOn: (year: number) => string };

/**
 * The queue's rows: one area-year each, with its state, last change and a link to review it. A
 * submitted year shows how long it has waited (marked once past its review deadline) and, when clean
 * (no flagged value, no open remark), a box to approve it with others.
 */
export async function QueueTable({ rows, waiting }: { rows: ReviewQueueRow[]; waiting: Waiting }) {
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
            <TableHead className={th}>{t("queue.waited")}</TableHead>
            <TableHead className={th}>{t("queue.bulk")}</TableHead>
            <TableHead className={th}>
              <span className="sr-only">{t("queue.open")}</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => {
            const name = shortAreaName(r, locale);
            const submitted = r.status === "submitted";
            const waited = submitted && r.changedAt ? waitingDays(r.changedAt, waiting.today) : null;
            const tooLong = submitted && waitingTooLong(waiting.reviewDueOn(r.year), waiting.today);
            const clean = submitted && r.flagged === 0 && r.openRemarks === 0;
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
                <TableCell className={td} data-testid="queue-waited">
                  {waited !== null && <span className="tabular-nums">{t("queue.days", { days: waited })}</span>}
                  {tooLong && (
                    <Badge tone="danger" className="ml-1" data-testid="queue-too-long">
                      {t("queue.tooLong", { day: waiting.reviewDueOn(r.year) })}
                    </Badge>
                  )}
                </TableCell>
                <TableCell className={td}>
                  {clean ? (
                    <input
                      type="checkbox"
                      name="item"
                      value={`${r.areaCode}/${r.year}`}
                      form={BULK_APPROVE_FORM}
                      aria-label={t("queue.select", { area: name, year: r.year })}
                      className="size-4 accent-brand-700"
                    />
                  ) : submitted ? (
                    <span className="text-xs text-slate-600">{r.flagged > 0 ? t("queue.notCleanFlags") : t("queue.notCleanRemarks")}</span>
                  ) : null}
                </TableCell>
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
