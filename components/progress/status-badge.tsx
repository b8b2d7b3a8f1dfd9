import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ProgressStatus } from "@/lib/domain/progress";
import { STATUS_TONE } from "./status";

/** Without a target the status only describes the trend, and says so. */
export async function StatusBadge({ status, hasTarget = true, testId }: { status: ProgressStatus; hasTarget?: boolean; testId?: string }) {
  const t = await getTranslations(hasTarget ? "status" : "statusNoTarget");
  return (
    <Badge tone={STATUS_TONE[status]} data-testid={testId} data-status={status}>
      {t(status)}
    </Badge>
  );
}
