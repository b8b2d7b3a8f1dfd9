import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FilterActions, FilterSelect } from "@/components/ui/filter-field";
import { Input } from "@/components/ui/input";
import { AUDIT_ENTITIES } from "@/lib/domain/enums";
import { localName, shortAreaName } from "@/lib/i18n/localized";
import type { AuditFilters as Filters } from "@/lib/validations/audit";

type Props = {
  filters: Filters;
  areas: { code: string; nameZh: string; nameEn: string }[];
  indicators: readonly { key: string; nameZh: string; nameEn: string }[];
};

/** A plain GET form: works without JavaScript and keeps the filters in the URL. */
export async function AuditFilters({ filters, areas, indicators }: Props) {
  const t = await getTranslations("audit");
  const locale = await getLocale();
  const all = t("filters.all");
  return (
    <Card asChild padding="sm">
      <form method="get" action="/audit" role="search" aria-label={t("filters.label")} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <FilterSelect
          id="audit-area"
          name="area"
          label={t("filters.area")}
          value={filters.area}
          allLabel={all}
          options={areas.map((a) => ({ value: a.code, label: shortAreaName(a, locale) }))}
        />
        <Field id="audit-user" label={t("filters.user")}>
          {(control) => <Input {...control} type="search" name="user" defaultValue={filters.user ?? ""} placeholder={t("filters.userPlaceholder")} />}
        </Field>
        <FilterSelect
          id="audit-indicator"
          name="indicator"
          label={t("filters.indicator")}
          value={filters.indicator}
          allLabel={all}
          options={indicators.map((i) => ({ value: i.key, label: localName(i, locale) }))}
        />
        <FilterSelect
          id="audit-entity"
          name="entity"
          label={t("filters.entity")}
          value={filters.entity}
          allLabel={all}
          options={AUDIT_ENTITIES.map((e) => ({ value: e, label: t.has(`entities.${e}`) ? t(`entities.${e}`) : e }))}
        />
        <Field id="audit-from" label={t("filters.from")}>
          {(control) => <Input {...control} type="date" name="from" defaultValue={filters.from ?? ""} />}
        </Field>
        <Field id="audit-to" label={t("filters.to")}>
          {(control) => <Input {...control} type="date" name="to" defaultValue={filters.to ?? ""} />}
        </Field>
        <FilterActions resetHref="/audit" apply={t("filters.apply")} reset={t("filters.reset")} className="col-span-2 sm:col-span-3 lg:col-span-6" />
      </form>
    </Card>
  );
}
