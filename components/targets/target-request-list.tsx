import { getLocale, getTranslations } from "next-intl/server";
import type { TargetRequestRow } from "@/db/queries/target-requests";
import { formatDateTime } from "@/components/audit/format";
import { formatNumber } from "@/lib/i18n/localized";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

const TONE: Record<TargetRequestRow["status"], BadgeTone> = { pending: "warning", approved: "success", declined: "neutral" };

type TargetText = { kind: "absolute" | "change_pct" | "annual_growth"; value: number; baseYear: number };

/** A target written out ("目标：2025年达到 10 %（基期 2020年）"), in the plan namespace's words. */
export async function targetSentence(target: TargetText, row: { decimals: number; unitZh: string; unitEn: string; targetYear: number }) {
  const tp = await getTranslations("plan");
  const locale = await getLocale();
  const unit = locale === "zh" ? row.unitZh : row.unitEn;
  return tp(`targetText.${target.kind}`, { value: formatNumber(target.value, row.decimals, locale), unit, base: target.baseYear, year: row.targetYear });
}

/** What a request asks, and the target as it is now. */
export async function RequestChange({ row }: { row: TargetRequestRow }) {
  const t = await getTranslations("targets.requests");
  const asked =
    row.action === "remove" || row.kind === null || row.value === null || row.baseYear === null
      ? t("askedRemove")
      : t("askedSet", { target: await targetSentence({ kind: row.kind, value: row.value, baseYear: row.baseYear }, row) });
  const now =
    row.currentKind !== null && row.currentValue !== null && row.currentBaseYear !== null
      ? t("current", { target: await targetSentence({ kind: row.currentKind, value: row.currentValue, baseYear: row.currentBaseYear }, row) })
      : t("noCurrent");
  return (
    <>
      <span className="block font-medium">{asked}</span>
      <span className="block text-xs text-slate-600">{now}</span>
    </>
  );
}

/** One area's requests for a period's targets, pending and decided, newest first. */
export async function TargetRequestList({ rows }: { rows: TargetRequestRow[] }) {
  const t = await getTranslations("targets.requests");
  const locale = await getLocale();
  return (
    <section className="space-y-2" aria-labelledby="target-requests-title" data-testid="target-requests">
      <h2 id="target-requests-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {rows.length === 0 ? (
        <Card variant="empty" padding="md">
          {t("none")}
        </Card>
      ) : (
        <ul className="space-y-2">
          {rows.map((r) => (
            <Card asChild padding="sm" key={r.id}>
              <li data-testid="target-request" data-indicator={r.indicatorKey} data-status={r.status} className="space-y-1 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{locale === "zh" ? r.indicatorNameZh : r.indicatorNameEn}</span>
                  <Badge tone={TONE[r.status]}>{t(`status.${r.status}`)}</Badge>
                </div>
                <RequestChange row={r} />
                <p>{t("reasonLabel", { reason: r.reason })}</p>
                <p className="text-xs text-slate-600">{t("by", { name: r.requestedByName, at: formatDateTime(r.requestedAt, locale) })}</p>
                {r.decidedAt && (
                  <p className="text-xs text-slate-600">
                    {t("decidedBy", { name: r.decidedByName ?? "—", at: formatDateTime(r.decidedAt, locale) })}
                    {r.decisionNote ? ` · ${t("noteLabel", { note: r.decisionNote })}` : ""}
                  </p>
                )}
              </li>
            </Card>
          ))}
        </ul>
      )}
    </section>
  );
}
