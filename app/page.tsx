import { getTranslations } from "next-intl/server";
import { listAreasPage, listProvinces, type AreaListFilters } from "@/db/queries/areas";
import { currentAudience } from "@/lib/auth/audience";
import { getProgressSummaries } from "@/lib/services/progress";
import { listPlanPeriods } from "@/lib/services/kept-reads";
import { AREA_LEVELS, AREA_WAVES } from "@/db/schema";
import { AreaCardList } from "@/components/areas/area-card-list";
import { AreaFilters } from "@/components/areas/area-filters";
import { NationalPicture } from "@/components/home/national-picture";
import { loadNationalPicture } from "@/lib/services/national-picture";
import { Pagination } from "@/components/ui/pagination";
import { parsePage } from "@/lib/domain/pagination";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const provinces = listProvinces();
  const filters: AreaListFilters = {
    level: pick(params.level, AREA_LEVELS),
    wave: pick(params.wave, AREA_WAVES),
    province: pick(params.province, provinces),
    q: typeof params.q === "string" ? params.q.slice(0, 100) : undefined,
  };
  // One page of the matching areas; progress is computed for those alone.
  const { rows, total, page, pageSize } = listAreasPage(filters, parsePage(params.page));
  const audience = await currentAudience();
  const byPeriod = listPlanPeriods().map((period) => ({ period, summaries: getProgressSummaries(rows.map((a) => a.id), audience, period) }));
  const t = await getTranslations("home");
  const picture = await loadNationalPicture(audience);

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      </div>
      {picture && <NationalPicture picture={picture} province={filters.province} />}
      <div id="area-list" className="scroll-mt-4">
        <AreaFilters filters={filters} provinces={provinces} />
      </div>
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="area-count">
        {t("count", { count: total })}
      </p>
      <AreaCardList areas={rows} byPeriod={byPeriod} />
      <Pagination path="/" params={filters} page={page} total={total} pageSize={pageSize} />
    </div>
  );
}
