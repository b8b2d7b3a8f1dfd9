import { getTranslations } from "next-intl/server";
import { FilterActions, FilterField, FilterSelect, filterControl } from "@/components/ui/filter-field";
import { AREA_LEVELS, AREA_WAVES, SUBMISSION_STATUSES } from "@/lib/domain/enums";
import { QUEUE_STATUS_ALL, type ReviewQueueFilters } from "@/lib/validations/review";

/** A plain GET form: works without JavaScript and keeps the filters in the URL. */
export async function QueueFilters({ filters, years }: { filters: ReviewQueueFilters; years: readonly number[] }) {
  const t = await getTranslations("review");
  const ta = await getTranslations("area");
  const all = t("filters.all");
  return (
    <form method="get" action="/review" role="search" aria-label={t("filters.label")} className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-4">
      <FilterField id="queue-search" label={t("filters.search")} className="col-span-2">
        <input id="queue-search" type="search" name="q" defaultValue={filters.q ?? ""} placeholder={t("filters.searchPlaceholder")} className={filterControl} />
      </FilterField>
      <div className="hidden sm:col-span-2 sm:block" />
      {/* The state has no "off": the queue always shows one state, or every state by its own option. */}
      <FilterField id="queue-status" label={t("filters.status")}>
        <select id="queue-status" name="status" defaultValue={filters.status} className={filterControl}>
          {SUBMISSION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
          <option value={QUEUE_STATUS_ALL}>{all}</option>
        </select>
      </FilterField>
      <FilterSelect id="queue-level" name="level" label={ta("level")} value={filters.level} allLabel={all} options={AREA_LEVELS.map((l) => ({ value: l, label: ta(`levels.${l}`) }))} />
      <FilterSelect id="queue-wave" name="wave" label={ta("wave")} value={filters.wave} allLabel={all} options={AREA_WAVES.map((w) => ({ value: w, label: ta(`waves.${w}`) }))} />
      <FilterSelect id="queue-year" name="year" label={t("filters.year")} value={filters.year} allLabel={all} options={years.map((y) => ({ value: y, label: String(y) }))} />
      <FilterActions resetHref="/review" apply={t("filters.apply")} reset={t("filters.reset")} className="col-span-2 sm:col-span-4" />
    </form>
  );
}
