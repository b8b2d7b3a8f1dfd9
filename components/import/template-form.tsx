import { getTranslations } from "next-intl/server";
import { DownloadForm } from "./download-form";
import type { AreaChoice } from "./types";

type Props = {
  /** Administrators choose; an official's own area is fixed. */
  areas: AreaChoice[];
  ownArea: AreaChoice | null;
  years: number[];
  defaultYear: number;
};

export async function TemplateForm({ areas, ownArea, years, defaultYear }: Props) {
  const t = await getTranslations("import.template");
  return (
    <DownloadForm
      name="template"
      namespace="import.template"
      heading={t("heading")}
      action="/api/v1/import/template"
      area={ownArea ? { fixed: ownArea } : { choices: areas, all: false, required: true }}
    >
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
    </DownloadForm>
  );
}
