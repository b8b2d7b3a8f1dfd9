import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AREA_LEVELS, AREA_WAVES } from "@/db/schema";
import type { AreaListFilters } from "@/db/queries/areas";

/** A plain GET form: works without JavaScript and keeps the filters in the URL. */
export async function AreaFilters({ filters, provinces }: { filters: AreaListFilters; provinces: string[] }) {
  const t = await getTranslations("home");
  const ta = await getTranslations("area");
  const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" role="search" aria-label={t("filters")} className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-5">
      <label className="col-span-2 text-sm sm:col-span-2">
        <span className="mb-1 block text-slate-700">{t("search")}</span>
        <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder={t("searchPlaceholder")} className={field} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-slate-700">{ta("level")}</span>
        <select name="level" defaultValue={filters.level ?? ""} className={field}>
          <option value="">{t("all")}</option>
          {AREA_LEVELS.map((l) => (
            <option key={l} value={l}>
              {ta(`levels.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-slate-700">{ta("wave")}</span>
        <select name="wave" defaultValue={filters.wave ?? ""} className={field}>
          <option value="">{t("all")}</option>
          {AREA_WAVES.map((w) => (
            <option key={w} value={w}>
              {ta(`waves.${w}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-slate-700">{ta("province")}</span>
        <select name="province" defaultValue={filters.province ?? ""} className={field}>
          <option value="">{t("all")}</option>
          {provinces.map((p) => (
            <option key={p} value={p}>
              {ta.has(`provinces.${p}`) ? ta(`provinces.${p}`) : p}
            </option>
          ))}
        </select>
      </label>
      <div className="col-span-2 flex gap-2 sm:col-span-5">
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <Link href="/" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
