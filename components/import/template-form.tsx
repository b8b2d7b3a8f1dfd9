import { getTranslations } from "next-intl/server";
import type { AreaChoice } from "./types";

type Props = {
  /** Administrators choose; an official's own area is fixed. */
  areas: AreaChoice[];
  ownArea: AreaChoice | null;
  years: number[];
  defaultYear: number;
};

/** A plain GET form: the template downloads as a file and the page stays as it is. */
export async function TemplateForm({ areas, ownArea, years, defaultYear }: Props) {
  const t = await getTranslations("import.template");
  return (
    <section aria-labelledby="template-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="template-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <p className="max-w-3xl text-sm text-slate-700">{t("help")}</p>
      <form method="get" action="/api/v1/import/template" className="flex flex-wrap items-end gap-3" data-testid="template-form">
        {ownArea ? (
          <input type="hidden" name="area" value={ownArea.code} />
        ) : (
          <label className="text-sm">
            <span className="mb-1 block text-slate-700">{t("area")}</span>
            <select name="area" required defaultValue={areas[0]?.code} className="max-w-xs rounded-md border border-slate-300 bg-white px-2 py-1.5">
              {areas.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {ownArea && (
          <p className="text-sm">
            <span className="mb-1 block text-slate-700">{t("area")}</span>
            <span className="inline-block py-1.5 font-medium">{ownArea.label}</span>
          </p>
        )}
        <label className="text-sm">
          <span className="mb-1 block text-slate-700">{t("year")}</span>
          <select name="year" defaultValue={defaultYear} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" name="format" value="xlsx" className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {t("xlsx")}
        </button>
        <button type="submit" name="format" value="csv" className="rounded-md border border-brand-700 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">
          {t("csv")}
        </button>
        <a href="/api/v1/export/definitions?format=csv" download className="py-2 text-sm text-brand-700 underline">
          {t("definitions")}
        </a>
      </form>
    </section>
  );
}
