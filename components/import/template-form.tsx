import { getTranslations } from "next-intl/server";
import { YearSelect } from "@/components/ui/year-select";
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
      <YearSelect label={t("year")} years={years} defaultValue={defaultYear} />
    </DownloadForm>
  );
}
