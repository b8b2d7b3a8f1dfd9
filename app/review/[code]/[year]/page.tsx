import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getAreaByCode } from "@/db/queries/areas";
import { listIndicators } from "@/lib/services/kept-reads";
import { getAreaYearState, listReviewComments, type ReviewComment } from "@/db/queries/review";
import { getYearEntryContext } from "@/db/queries/values";
import { formatDateTime } from "@/components/audit/format";
import { CommentForm } from "@/components/review/comment-form";
import { CommentThread } from "@/components/review/comment-thread";
import { ReviewActions } from "@/components/review/review-actions";
import { SubmissionBadge } from "@/components/review/submission-badge";
import { YearValuesTable } from "@/components/review/year-values-table";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { localName, shortAreaName } from "@/lib/i18n/localized";
import { YEAR_MAX, YEAR_MIN } from "@/lib/validations/values";
import { ClientMessages } from "@/components/layout/client-messages";
import { AttachmentPanel } from "@/components/attachments/attachment-panel";

type Params = Promise<{ code: string; year: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { year } = await params;
  return { title: (await getTranslations("review"))("page.title", { year }) };
}

export default async function AreaYearReviewPage({ params }: { params: Params }) {
  const { code, year: yearText } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(`/review/${code}/${yearText}`)}`);
  if (!can(user, "submissions.review")) notFound();
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < YEAR_MIN || year > YEAR_MAX) notFound();
  const area = getAreaByCode(code, { includePending: true });
  if (!area) notFound();

  const t = await getTranslations("review");
  const locale = await getLocale();
  const indicators = listIndicators();
  const names = Object.fromEntries(indicators.map((i) => [i.key, localName(i, locale)]));
  const state = getAreaYearState(area.id, year);
  const context = getYearEntryContext(area.id, year);
  const comments = listReviewComments(area.id, year);
  const byIndicator: Record<string, ReviewComment[]> = {};
  for (const c of comments) if (c.indicatorKey) (byIndicator[c.indicatorKey] ??= []).push(c);
  const options = indicators.filter((i) => !i.derivation).map((i) => ({ key: i.key, name: names[i.key] ?? i.key }));

  return (
    <ClientMessages namespaces={["review"]}>
      <div className="space-y-5">
        <nav aria-label={t("page.breadcrumb")} className="flex flex-wrap gap-4 text-sm">
          <Link href="/review" className="text-brand-700 underline">
            {t("page.backToQueue")}
          </Link>
          <Link href={`/areas/${area.code}`} className="text-brand-700 underline">
            {localName(area, locale)}
          </Link>
        </nav>
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{t("page.heading", { area: shortAreaName(area, locale), year })}</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700" data-testid="review-state">
            {t("page.state")}: <SubmissionBadge status={state.status} testId="submission-status" />
            {state.changedAt && (
              <span>{t("page.changed", { when: formatDateTime(state.changedAt, locale), name: state.changedByName ?? t("page.someone") })}</span>
            )}
          </p>
        </div>
        <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section aria-labelledby="values-heading" className="space-y-2">
            <h2 id="values-heading" className="text-lg font-semibold">
              {t("page.valuesHeading", { year })}
            </h2>
            <YearValuesTable areaCode={area.code} year={year} indicators={indicators} current={context.current} previous={context.previous} comments={byIndicator} />
          </section>
          <div className="space-y-5">
            <ReviewActions areaCode={area.code} year={year} status={state.status} indicators={options} />
            <AttachmentPanel area={area} year={year} user={user} />
            <CommentThread comments={comments} indicatorNames={names} headingId="thread-heading" heading={t("thread.heading")} />
            <CommentForm areaCode={area.code} year={year} indicators={options} />
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}
