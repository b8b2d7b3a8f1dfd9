import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listAreas, listProvinces, type AreaListFilters } from "@/db/queries/areas";
import { getProgressSummaries } from "@/db/queries/progress";
import { AREA_LEVELS, AREA_WAVES } from "@/db/schema";
import { AreaFilters } from "@/components/areas/area-filters";
import { ProgressSummary } from "@/components/progress/progress-summary";
import { localName } from "@/lib/i18n/localized";

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
  const areas = listAreas(filters);
  const summaries = getProgressSummaries();
  const locale = await getLocale();
  const t = await getTranslations("home");
  const ta = await getTranslations("area");

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      </div>
      <AreaFilters filters={filters} provinces={provinces} />
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="area-count">
        {t("count", { count: areas.length })}
      </p>
      {areas.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="area-list">
          {areas.map((area) => (
            <li key={area.code} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-area={area.code}>
              <h2 className="text-base font-semibold leading-snug">
                <Link href={`/areas/${area.code}`} className="text-brand-700 hover:underline">
                  {localName(area, locale)}
                </Link>
              </h2>
              <p className="mt-1 text-xs text-slate-600">
                {ta(`levels.${area.level}`)} · {ta(`waves.${area.wave}`)} ·{" "}
                {ta.has(`provinces.${area.province}`) ? ta(`provinces.${area.province}`) : area.province}
              </p>
              <div className="mt-3">
                <ProgressSummary summary={summaries.get(area.id)} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
