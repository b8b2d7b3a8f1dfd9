import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { SubmissionStatus } from "@/lib/validations/review";

// Tone per state; the label always accompanies the colour.
const TONE: Record<SubmissionStatus, BadgeTone> = {
  draft: "neutral",
  submitted: "info",
  approved: "success",
  returned: "warning",
};

/** An area-year's submission state as a labelled badge (server and client). */
export function SubmissionBadge({ status, testId }: { status: SubmissionStatus; testId?: string }) {
  const t = useTranslations("review.statuses");
  return (
    <Badge tone={TONE[status]} data-testid={testId} data-status={status}>
      {t(status)}
    </Badge>
  );
}
