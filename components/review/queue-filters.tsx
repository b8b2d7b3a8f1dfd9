import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FilterActions, FilterSelect } from "@/components/ui/filter-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { AREA_LEVELS, AREA_WAVES, SUBMISSION_STATUSES } from "@/lib/domain/enums";
import { QUEUE_STATUS_ALL, type ReviewQueueFilters } from "@/lib/validations/review";

/** A plain GET form: works without JavaScript and keeps the filters in the URL. */
export async function QueueFilters({ filters, years }: { filters: ReviewQueueFilters; years: readonly number[] }) {
  const t = await getTranslations("review");
  const ta = await getTranslations("area");
  const all = t("filters.all");
  return (
    <Card asChild padding="sm">
      <form method="get" action="/review" role="search" aria-label={t("filters.label")} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Field id="queue-search" label={t("filters.search")} className="col-span-2">
          {(control) => <Input {...control} type="search" name="q" defaultValue={filters.q ?? ""} placeholder={t("filters.searchPlaceholder")} />}
        </Field>
        <div className="hidden sm:col-span-2 sm:block" />
        {/* The state has no "off": the queue always shows one state, or every state by its own option. */}
        <Field id="queue-status" label={t("filters.status")}>
          {(control) => (
            <Select {...control} name="status" defaultValue={filters.status}>
              {SUBMISSION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
              <option value={QUEUE_STATUS_ALL}>{all}</option>
            </Select>
          )}
        </Field>
        <FilterSelect id="queue-level" name="level" label={ta("level")} value={filters.level} allLabel={all} options={AREA_LEVELS.map((l) => ({ value: l, label: ta(`levels.${l}`) }))} />
        <FilterSelect id="queue-wave" name="wave" label={ta("wave")} value={filters.wave} allLabel={all} options={AREA_WAVES.map((w) => ({ value: w, label: ta(`waves.${w}`) }))} />
        <FilterSelect id="queue-year" name="year" label={t("filters.year")} value={filters.year} allLabel={all} options={years.map((y) => ({ value: y, label: String(y) }))} />
        <FilterActions resetHref="/review" apply={t("filters.apply")} reset={t("filters.reset")} className="col-span-2 sm:col-span-4" />
      </form>
    </Card>
  );
}
