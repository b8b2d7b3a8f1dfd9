import { getTranslations } from "next-intl/server";

/** Choosing the year is a plain GET form, so the year stays in the URL. */
export async function YearPicker({ code, year, first, last }: { code: string; year: number; first: number; last: number }) {
  const t = await getTranslations("entry");
  const years = Array.from({ length: last - first + 1 }, (_, i) => last - i);
  return (
    <form method="get" action={`/areas/${code}/entry`} className="flex items-end gap-2">
      <label className="text-sm">
        <span className="mb-1 block text-slate-700">{t("year")}</span>
        <select name="year" defaultValue={year} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
        {t("open")}
      </button>
    </form>
  );
}
