import { getTranslations } from "next-intl/server";
import type { AreaDetail } from "@/db/queries/areas";
import { canActOnArea } from "@/lib/auth/area-scope";
import { getCurrentUser } from "@/lib/auth/session";

/** Download links for one area's values, for those who may export it (its official, evaluators, administrators). */
export async function AreaExportLinks({ area }: { area: Pick<AreaDetail, "id" | "code" | "status"> }) {
  const user = await getCurrentUser();
  if (!canActOnArea(user, "values.export", area)) return null;
  const t = await getTranslations("export");
  const link = "text-brand-700 underline";
  return (
    <p className="mt-3 flex flex-wrap items-center gap-x-3 border-t border-slate-100 pt-3 text-sm" data-testid="area-export" data-no-print>
      <span className="text-xs text-slate-500">{t("areaLinks")}</span>
      <a href={`/api/v1/export?area=${encodeURIComponent(area.code)}&format=xlsx`} download className={link}>
        {t("areaXlsx")}
      </a>
      <a href={`/api/v1/export?area=${encodeURIComponent(area.code)}&format=csv`} download className={link}>
        {t("areaCsv")}
      </a>
    </p>
  );
}
