import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AUDIT_ENTITIES } from "@/lib/domain/enums";
import { localName, shortAreaName } from "@/lib/i18n/localized";
import type { AuditFilters as Filters } from "@/lib/validations/audit";

type Props = {
  filters: Filters;
  areas: { code: string; nameZh: string; nameEn: string }[];
  indicators: { key: string; nameZh: string; nameEn: string }[];
};

/** A plain GET form: works without JavaScript and keeps the filters in the URL. */
export async function AuditFilters({ filters, areas, indicators }: Props) {
  const t = await getTranslations("audit");
  const locale = await getLocale();
  const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" action="/audit" role="search" aria-label={t("filters.label")} className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6">
      <div className="text-sm">
        <label htmlFor="audit-area" className="mb-1 block text-slate-700">
          {t("filters.area")}
        </label>
        <select id="audit-area" name="area" defaultValue={filters.area ?? ""} className={field}>
          <option value="">{t("filters.all")}</option>
          {areas.map((a) => (
            <option key={a.code} value={a.code}>
              {shortAreaName(a, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="audit-user" className="mb-1 block text-slate-700">
          {t("filters.user")}
        </label>
        <input type="search" id="audit-user" name="user" defaultValue={filters.user ?? ""} placeholder={t("filters.userPlaceholder")} className={field} />
      </div>
      <div className="text-sm">
        <label htmlFor="audit-indicator" className="mb-1 block text-slate-700">
          {t("filters.indicator")}
        </label>
        <select id="audit-indicator" name="indicator" defaultValue={filters.indicator ?? ""} className={field}>
          <option value="">{t("filters.all")}</option>
          {indicators.map((i) => (
            <option key={i.key} value={i.key}>
              {localName(i, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="audit-entity" className="mb-1 block text-slate-700">
          {t("filters.entity")}
        </label>
        <select id="audit-entity" name="entity" defaultValue={filters.entity ?? ""} className={field}>
          <option value="">{t("filters.all")}</option>
          {AUDIT_ENTITIES.map((e) => (
            <option key={e} value={e}>
              {t.has(`entities.${e}`) ? t(`entities.${e}`) : e}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="audit-from" className="mb-1 block text-slate-700">
          {t("filters.from")}
        </label>
        <input type="date" id="audit-from" name="from" defaultValue={filters.from ?? ""} className={field} />
      </div>
      <div className="text-sm">
        <label htmlFor="audit-to" className="mb-1 block text-slate-700">
          {t("filters.to")}
        </label>
        <input type="date" id="audit-to" name="to" defaultValue={filters.to ?? ""} className={field} />
      </div>
      <div className="col-span-2 flex gap-2 sm:col-span-3 lg:col-span-6">
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {t("filters.apply")}
        </button>
        <Link href="/audit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}
