import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AREA_LEVELS, AREA_WAVES, SUBMISSION_STATUSES } from "@/lib/domain/enums";
import { QUEUE_STATUS_ALL, type ReviewQueueFilters } from "@/lib/validations/review";

/** A plain GET form: works without JavaScript and keeps the filters in the URL. */
export async function QueueFilters({ filters, years }: { filters: ReviewQueueFilters; years: number[] }) {
  const t = await getTranslations("review");
  const ta = await getTranslations("area");
  const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" action="/review" role="search" aria-label={t("filters.label")} className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-4">
      <div className="col-span-2 text-sm">
        <label htmlFor="queue-search" className="mb-1 block text-slate-700">
          {t("filters.search")}
        </label>
        <input id="queue-search" type="search" name="q" defaultValue={filters.q ?? ""} placeholder={t("filters.searchPlaceholder")} className={field} />
      </div>
      <div className="hidden sm:col-span-2 sm:block" />
      <div className="text-sm">
        <label htmlFor="queue-status" className="mb-1 block text-slate-700">
          {t("filters.status")}
        </label>
        <select id="queue-status" name="status" defaultValue={filters.status} className={field}>
          {SUBMISSION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
          <option value={QUEUE_STATUS_ALL}>{t("filters.all")}</option>
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="queue-level" className="mb-1 block text-slate-700">
          {ta("level")}
        </label>
        <select id="queue-level" name="level" defaultValue={filters.level ?? ""} className={field}>
          <option value="">{t("filters.all")}</option>
          {AREA_LEVELS.map((l) => (
            <option key={l} value={l}>
              {ta(`levels.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="queue-wave" className="mb-1 block text-slate-700">
          {ta("wave")}
        </label>
        <select id="queue-wave" name="wave" defaultValue={filters.wave ?? ""} className={field}>
          <option value="">{t("filters.all")}</option>
          {AREA_WAVES.map((w) => (
            <option key={w} value={w}>
              {ta(`waves.${w}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="queue-year" className="mb-1 block text-slate-700">
          {t("filters.year")}
        </label>
        <select id="queue-year" name="year" defaultValue={filters.year ?? ""} className={field}>
          <option value="">{t("filters.all")}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 flex gap-2 sm:col-span-4">
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {t("filters.apply")}
        </button>
        <Link href="/review" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}
