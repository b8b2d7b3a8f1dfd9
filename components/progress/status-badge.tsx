import { getTranslations } from "next-intl/server";
import type { ProgressStatus } from "@/lib/domain/progress";
import { STATUS_STYLE } from "./status";

export async function StatusBadge({ status, testId }: { status: ProgressStatus; testId?: string }) {
  const t = await getTranslations("status");
  return (
    <span data-testid={testId} data-status={status} className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[status]}`}>
      {t(status)}
    </span>
  );
}
