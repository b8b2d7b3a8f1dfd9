import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listAuditAreaOptions, listAuditRecords } from "@/db/queries/audit";
import { listIndicators } from "@/lib/services/kept-reads";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { auditFiltersSchema } from "@/lib/validations/audit";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

// Read only: the app offers no way to change or remove an audit record (the database refuses both).
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=/audit");
  if (!can(user, "audit.read")) notFound();
  const t = await getTranslations("audit");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = auditFiltersSchema.parse(raw);
  const { rows, total, pageSize } = listAuditRecords(filters);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <AuditFilters filters={filters} areas={listAuditAreaOptions()} indicators={listIndicators()} />
      <p className="text-sm text-slate-700" data-testid="audit-count" aria-live="polite">
        {t("count", { total })}
      </p>
      <AuditTable rows={rows} />
      <Pagination path="/audit" params={filters} page={filters.page} total={total} pageSize={pageSize} />
    </div>
  );
}
