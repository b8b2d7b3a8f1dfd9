import { getLocale, getTranslations } from "next-intl/server";
import { listIndicators } from "@/lib/services/kept-reads";
import { getYearEntryContext } from "@/db/queries/values";
import { getValueHistory } from "@/db/queries/audit";
import { getAreaYearState, getReturnFeedback, listReviewComments } from "@/db/queries/review";
import { INDICATOR_GROUPS } from "@/db/schema";
import { YearEntryForm, type EntryGroup } from "@/components/entry/year-entry-form";
import { YearPicker } from "@/components/entry/year-picker";
import { CommentForm } from "@/components/review/comment-form";
import { CommentThread } from "@/components/review/comment-thread";
import { YearStatusBanner } from "@/components/review/year-status-banner";
import { loadVisibleArea } from "@/lib/auth/area-access";
import { canActOnArea } from "@/lib/auth/area-scope";
import { formatNumber, localName, localUnit } from "@/lib/i18n/localized";
import { ClientMessages } from "@/components/layout/client-messages";
import { AreaBreadcrumb } from "@/components/areas/area-breadcrumb";
import { AttachmentPanel } from "@/components/attachments/attachment-panel";
import { Notice } from "@/components/ui/notice";
import { FIRST_REPORTED_YEAR } from "@/lib/domain/plan";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ year?: string }> };


export async function generateMetadata() {
  return { title: (await getTranslations("entry"))("title") };
}

export default async function EntryPage({ params, searchParams }: Props) {
  const { area, user } = await loadVisibleArea((await params).code);
  const t = await getTranslations("entry");
  const tg = await getTranslations("groups");
  const tr = await getTranslations("review");
  const locale = await getLocale();
  const lastYear = new Date().getFullYear();
  const requested = Number((await searchParams).year);
  const year = Number.isInteger(requested) && requested >= FIRST_REPORTED_YEAR && requested <= lastYear ? requested : lastYear - 1;

  if (!user || !canActOnArea(user, "values.write", area)) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Notice asChild tone="warning" className="p-4 text-base">
          <p data-testid="not-allowed">{user?.status === "pending" ? t("pendingCannotWrite") : t("notAllowed")}</p>
        </Notice>
      </div>
    );
  }

  const indicators = listIndicators();
  const context = getYearEntryContext(area.id, year);
  const groups: EntryGroup[] = INDICATOR_GROUPS.map((group) => ({
    group,
    label: tg(group),
    fields: indicators
      .filter((i) => i.group === group)
      .map((i) => {
        const current = context.current[i.key];
        return {
          key: i.key,
          name: localName(i, locale),
          unit: localUnit(i, locale),
          decimals: i.decimals,
          softMin: i.softMin,
          softMax: i.softMax,
          derivation: i.derivation,
          lastYear: context.previous[i.key] ?? null,
          // Shown in plain digits so that it can be edited and parsed back exactly.
          value: current ? (i.derivation ? formatNumber(current.value, i.decimals, locale) : String(current.value)) : "",
          note: current?.note ?? "",
          flagged: current?.flagged ?? false,
        };
      }),
  })).filter((g) => g.fields.length > 0);
  const source = Object.values(context.current).find((v) => v.source && v.source !== "derived")?.source ?? "";
  const state = getAreaYearState(area.id, year);
  // Remarks of the latest return stand next to their fields while the year is back with the official.
  const feedback = state.status === "returned" ? getReturnFeedback(area.id, year) : { general: [], byIndicator: {} };
  const remarks = Object.fromEntries(
    Object.entries(feedback.byIndicator).map(([key, list]) => [key, list.map((c) => ({ id: c.id, body: c.body, authorName: c.authorName }))]),
  );
  const names = Object.fromEntries(indicators.map((i) => [i.key, localName(i, locale)]));
  // Every remark on an indicator is listed at the top as well, in the form's order, each linking to its field.
  const fieldRemarks = groups.flatMap((g) => g.fields).flatMap((f) => {
    const list = feedback.byIndicator[f.key];
    return list?.length ? [{ key: f.key, name: f.name, remarks: list }] : [];
  });
  const commentOptions = indicators.filter((i) => !i.derivation).map((i) => ({ key: i.key, name: localName(i, locale) }));

  return (
    <ClientMessages namespaces={["entry", "review", "audit.history"]}>
      <div className="space-y-5">
        <AreaBreadcrumb area={area} locale={locale} label={t("breadcrumb")} />
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-2xl font-semibold">{t("heading", { year })}</h1>
          <YearPicker code={area.code} year={year} first={FIRST_REPORTED_YEAR} last={lastYear} />
        </div>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        <YearStatusBanner year={year} state={state} generalRemarks={feedback.general} fieldRemarks={fieldRemarks} />
        {/* Keyed by year: opening another year starts afresh. A newer stored version (after a save, or "load the
            latest" after a conflict) is picked up by the form itself, so that its save confirmation survives. */}
        <YearEntryForm
          key={year}
          areaCode={area.code}
          year={year}
          version={context.version}
          source={source}
          previousSource={context.previousSource}
          userId={user.id}
          groups={groups}
          rules={indicators}
          previous={context.previous}
          locale={locale}
          status={state.status}
          canSubmit={canActOnArea(user, "submissions.submit", area)}
          remarks={remarks}
          history={getValueHistory(area.id, year)}
        />
        <AttachmentPanel area={area} year={year} user={user} />
        <CommentThread comments={listReviewComments(area.id, year)} indicatorNames={names} headingId="thread-heading" heading={tr("thread.heading")} />
        {canActOnArea(user, "submissions.comment", area) && <CommentForm areaCode={area.code} year={year} indicators={commentOptions} />}
      </div>
    </ClientMessages>
  );
}
