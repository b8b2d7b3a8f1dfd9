import { getLocale, getTranslations } from "next-intl/server";
import type { AreaYearState, ReviewComment } from "@/db/queries/review";
import { formatDateTime } from "@/components/audit/format";
import { FieldLink } from "@/components/entry/field-link";
import { SubmissionBadge } from "./submission-badge";

/** The remarks of a return on one indicator, with its name in the reader's language. */
export type FieldRemarks = { key: string; name: string; remarks: ReviewComment[] };

type Props = { year: number; state: AreaYearState; generalRemarks: ReviewComment[]; fieldRemarks?: FieldRemarks[] };

/**
 * The entry form's header: the year's state, what it means for editing, and every remark of the
 * latest return — the general ones, then those on single indicators in the form's order, each a
 * link to its field (where the remark is repeated).
 */
export async function YearStatusBanner({ year, state, generalRemarks, fieldRemarks = [] }: Props) {
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
      {(generalRemarks.length > 0 || fieldRemarks.length > 0) && (
        <div className="rounded-md border border-amber-300 bg-white p-3" data-testid="return-general">
          <h3 className="text-sm font-semibold">{t("entry.generalRemarks")}</h3>
          {generalRemarks.map((c) => (
            <p key={c.id} className="mt-1 whitespace-pre-line text-sm">
              {c.body} <span className="text-xs text-slate-600">— {c.authorName}</span>
            </p>
          ))}
          {fieldRemarks.length > 0 && (
            <ul className="mt-1 space-y-1 text-sm">
              {fieldRemarks.flatMap(({ key, name, remarks }) =>
                remarks.map((c) => (
                  <li key={c.id} data-testid="return-field-remark" data-key={key}>
                    <FieldLink fieldId={`value-${key}`} className="font-medium underline">
                      {name}
                    </FieldLink>
                    {t("entry.remarkSeparator")}
                    <span className="whitespace-pre-line">{c.body}</span> <span className="text-xs text-slate-600">— {c.authorName}</span>
                  </li>
                )),
              )}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
