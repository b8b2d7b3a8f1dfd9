import { getTranslations } from "next-intl/server";
import { YearSelect } from "@/components/ui/year-select";

/** Choosing the year is a plain GET form, so the year stays in the URL. */
export async function YearPicker({ code, year, first, last }: { code: string; year: number; first: number; last: number }) {
  const t = await getTranslations("entry");
  const years = Array.from({ length: last - first + 1 }, (_, i) => last - i);
  return (
    <form method="get" action={`/areas/${code}/entry`} className="flex items-end gap-2">
      <YearSelect label={t("year")} years={years} defaultValue={year} />
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
        {t("open")}
      </button>
    </form>
  );
}
