import { getLocale, getTranslations } from "next-intl/server";
import type { AreaYearState, ReviewComment } from "@/db/queries/review";
import { formatDateTime } from "@/components/audit/format";
import { SubmissionBadge } from "./submission-badge";

type Props = { year: number; state: AreaYearState; generalRemarks: ReviewComment[] };

/** The entry form's header: the year's state, what it means for editing, and the reviewer's general remarks. */
export async function YearStatusBanner({ year, state, generalRemarks }: Props) {
  const t = await getTranslations("review");
  const locale = await getLocale();
  const tone = {
    draft: "border-slate-200 bg-white",
    returned: "border-amber-300 bg-amber-50",
    submitted: "border-sky-300 bg-sky-50",
    approved: "border-emerald-300 bg-emerald-50",
  }[state.status];
  return (
    <section aria-labelledby="submission-heading" className={`space-y-2 rounded-lg border p-4 ${tone}`} data-testid="submission-banner" data-status={state.status}>
      <h2 id="submission-heading" className="flex flex-wrap items-center gap-2 text-base font-semibold">
        {t("entry.heading", { year })} <SubmissionBadge status={state.status} testId="submission-status" />
      </h2>
      <p className="text-sm text-slate-900" data-testid="submission-explain">
        {t(`entry.explain.${state.status}`, { year })}
      </p>
      {state.changedAt && (
        <p className="text-xs text-slate-700">{t("page.changed", { when: formatDateTime(state.changedAt, locale), name: state.changedByName ?? t("page.someone") })}</p>
      )}
      {generalRemarks.length > 0 && (
        <div className="rounded-md border border-amber-300 bg-white p-3" data-testid="return-general">
          <h3 className="text-sm font-semibold">{t("entry.generalRemarks")}</h3>
          {generalRemarks.map((c) => (
            <p key={c.id} className="mt-1 whitespace-pre-line text-sm">
              {c.body} <span className="text-xs text-slate-600">— {c.authorName}</span>
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
