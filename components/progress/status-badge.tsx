import { getTranslations } from "next-intl/server";
import type { ProgressStatus } from "@/lib/domain/progress";
import { STATUS_STYLE } from "./status";

/** Without a target the status only describes the trend, and says so. */
export async function StatusBadge({ status, hasTarget = true, testId }: { status: ProgressStatus; hasTarget?: boolean; testId?: string }) {
  const t = await getTranslations(hasTarget ? "status" : "statusNoTarget");
  return (
    <span data-testid={testId} data-status={status} className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[status]}`}>
      {t(status)}
    </span>
  );
}
