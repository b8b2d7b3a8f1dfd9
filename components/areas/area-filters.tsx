import { getTranslations } from "next-intl/server";
import { AREA_LEVELS, AREA_WAVES } from "@/db/schema";
import type { AreaListFilters } from "@/db/queries/areas";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FilterActions, FilterSelect } from "@/components/ui/filter-field";
import { Input } from "@/components/ui/input";

/** A plain GET form: works without JavaScript and keeps the filters in the URL. */
export async function AreaFilters({ filters, provinces }: { filters: AreaListFilters; provinces: string[] }) {
  const t = await getTranslations("home");
  const ta = await getTranslations("area");
  return (
    <Card asChild padding="sm">
      <form method="get" role="search" aria-label={t("filters")} className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Field id="area-search" label={t("search")} className="col-span-2">
          {(control) => <Input {...control} type="search" name="q" defaultValue={filters.q ?? ""} placeholder={t("searchPlaceholder")} />}
        </Field>
        <FilterSelect id="area-level" name="level" label={ta("level")} value={filters.level} allLabel={t("all")} options={AREA_LEVELS.map((l) => ({ value: l, label: ta(`levels.${l}`) }))} />
        <FilterSelect id="area-wave" name="wave" label={ta("wave")} value={filters.wave} allLabel={t("all")} options={AREA_WAVES.map((w) => ({ value: w, label: ta(`waves.${w}`) }))} />
        <FilterSelect
          id="area-province"
          name="province"
          label={ta("province")}
          value={filters.province}
          allLabel={t("all")}
          options={provinces.map((p) => ({ value: p, label: ta.has(`provinces.${p}`) ? ta(`provinces.${p}`) : p }))}
        />
        <FilterActions resetHref="/" apply={t("apply")} reset={t("reset")} className="col-span-2 sm:col-span-5" />
      </form>
    </Card>
  );
}
