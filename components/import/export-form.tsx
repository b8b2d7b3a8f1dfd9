import { getTranslations } from "next-intl/server";
import { DownloadForm } from "./download-form";
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
    <DownloadForm
      name="export"
      namespace="export"
      heading={numbered ? t("heading") : t("headingOnly")}
      action="/api/v1/export"
      area={ownArea && !canExportAll ? { fixed: ownArea } : { choices: areas, all: canExportAll, required: false }}
    />
  );
}
