import { useTranslations } from "next-intl";
import type { SubmissionStatus } from "@/lib/validations/review";

// Colour per state (AA contrast); the label always accompanies the colour.
const STYLE: Record<SubmissionStatus, string> = {
  draft: "border-slate-300 bg-slate-100 text-slate-800",
  submitted: "border-sky-300 bg-sky-50 text-sky-900",
  approved: "border-emerald-300 bg-emerald-50 text-emerald-900",
  returned: "border-amber-300 bg-amber-50 text-amber-900",
};

/** An area-year's submission state as a labelled badge (server and client). */
export function SubmissionBadge({ status, testId }: { status: SubmissionStatus; testId?: string }) {
  const t = useTranslations("review.statuses");
  return (
    <span data-testid={testId} data-status={status} className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${STYLE[status]}`}>
      {t(status)}
    </span>
  );
}
