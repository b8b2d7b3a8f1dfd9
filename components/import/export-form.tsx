import { getTranslations } from "next-intl/server";
import type { AreaChoice } from "./types";

type Props = {
  /** Evaluators and administrators choose any area or all; an official's own area is fixed. */
  areas: AreaChoice[];
  canExportAll: boolean;
  ownArea: AreaChoice | null;
  /** Numbered as the third step below the import, or on its own. */
  numbered: boolean;
};

export async function ExportForm({ areas, canExportAll, ownArea, numbered }: Props) {
  const t = await getTranslations("export");
  return (
    <section aria-labelledby="export-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="export-heading" className="text-lg font-semibold">{numbered ? t("heading") : t("headingOnly")}</h2>
      <p className="max-w-3xl text-sm text-slate-700">{t("help")}</p>
      <form method="get" action="/api/v1/export" className="flex flex-wrap items-end gap-3" data-testid="export-form">
        {ownArea && !canExportAll ? (
          <>
            <input type="hidden" name="area" value={ownArea.code} />
            <p className="text-sm">
              <span className="mb-1 block text-slate-700">{t("area")}</span>
              <span className="inline-block py-1.5 font-medium">{ownArea.label}</span>
            </p>
          </>
        ) : (
          <label className="text-sm">
            <span className="mb-1 block text-slate-700">{t("area")}</span>
            <select name="area" defaultValue={canExportAll ? "all" : areas[0]?.code} className="max-w-xs rounded-md border border-slate-300 bg-white px-2 py-1.5">
              {canExportAll && <option value="all">{t("all")}</option>}
              {areas.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.label}
                </option>
              ))}
            </select>
          </label>
        )}
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
