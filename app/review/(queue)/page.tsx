import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getReportingCalendar } from "@/db/queries/calendar";
import { listReviewQueue } from "@/db/queries/review";
import { BulkApprove } from "@/components/review/bulk-approve";
import { ClientMessages } from "@/components/layout/client-messages";
import { beijingDay, deadlinesOf } from "@/lib/domain/calendar";
import { listReviewYears } from "@/lib/services/kept-reads";
import { Pagination } from "@/components/ui/pagination";
import { QueueFilters } from "@/components/review/queue-filters";
import { QueueTable } from "@/components/review/queue-table";
import { TargetRequestQueue } from "@/components/review/target-request-queue";
import { countPendingTargetRequests } from "@/db/queries/target-requests";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { reviewQueueFiltersSchema } from "@/lib/validations/review";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata() {
  return { title: (await getTranslations("review"))("queue.title") };
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=/review");
  if (!can(user, "submissions.review")) notFound();
  const t = await getTranslations("review");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = reviewQueueFiltersSchema.parse(raw);
  const { rows, total, page, pageSize } = listReviewQueue(filters);
  const pendingRequests = can(user, "target_requests.decide") ? countPendingTargetRequests() : 0;
  const calendar = getReportingCalendar();
  const waiting = { today: beijingDay(new Date()), reviewDueOn: (year: number) => deadlinesOf(year, calendar).reviewDueOn };
  const cleanRows = rows.filter((r) => r.status === "submitted" && r.flagged === 0 && r.openRemarks === 0);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("queue.title")}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t("queue.intro")}</p>
      {can(user, "target_requests.decide") && <PendingRequestsLink count={pendingRequests} label={t("targetRequests.waiting", { total: pendingRequests })} />}
      <QueueFilters filters={filters} years={listReviewYears()} />
      <p className="text-sm text-slate-700" data-testid="queue-count" aria-live="polite">
        {t("queue.count", { total })}
      </p>
      {(cleanRows.length > 0 || filters.status === "submitted") && (
        <ClientMessages namespaces={["review"]}>
          <BulkApprove canApprove={cleanRows.length > 0} />
        </ClientMessages>
      )}
      <QueueTable rows={rows} waiting={waiting} />
      <Pagination path="/review" params={filters} page={page} total={total} pageSize={pageSize} />
      {can(user, "target_requests.decide") && <TargetRequestQueue />}
    </div>
  );
}

/** Points evaluators to the target change requests below the queue, when any wait. */
function PendingRequestsLink({ count, label }: { count: number; label: string }) {
  if (count === 0) return null;
  return (
    <p className="text-sm">
      <a href="#target-requests" className="font-medium text-brand-700 underline underline-offset-2" data-testid="target-requests-link">
        {label}
      </a>
    </p>
  );
}
