import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { listAreaOptions } from "@/db/queries/areas";
import { listIndicators } from "@/lib/services/kept-reads";
import { ExportForm } from "@/components/import/export-form";
import { ImportUploader } from "@/components/import/import-uploader";
import { TemplateForm } from "@/components/import/template-form";
import type { AreaChoice } from "@/components/import/types";
import { reachesEveryArea } from "@/lib/auth/area-scope";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { localName, localUnit, shortAreaName } from "@/lib/i18n/localized";
import { ClientMessages } from "@/components/layout/client-messages";
import { Notice } from "@/components/ui/notice";
import { FIRST_REPORTED_YEAR } from "@/lib/domain/plan";

// The template years: the entry form's first year up to the current one.

export async function generateMetadata() {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=/import");
  const t = await getTranslations("import");
  const locale = await getLocale();
  const canImport = can(user, "values.import");
  const canExport = can(user, "values.export");

  if (!canImport && !canExport) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Notice asChild tone="warning" className="p-4 text-base">
          <p data-testid="not-allowed">{user.status === "pending" ? t("pendingNotAllowed") : t("notAllowed")}</p>
        </Notice>
      </div>
    );
  }

  const areas: AreaChoice[] = listAreaOptions().map((a) => ({ code: a.code, label: `${shortAreaName(a, locale)} (${a.code})` }));
  const own = user.areaCode ? (areas.find((a) => a.code === user.areaCode) ?? { code: user.areaCode, label: user.areaCode }) : null;
  const chooseAny = reachesEveryArea(user, "values.write");
  const exportAny = reachesEveryArea(user, "values.export");
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_REPORTED_YEAR + 1 }, (_, i) => thisYear - i);
  const indicators = listIndicators().map((i) => ({ key: i.key, name: localName(i, locale), unit: localUnit(i, locale), decimals: i.decimals }));

  return (
    <ClientMessages namespaces={["import"]}>
      <div className="space-y-5">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {canImport && (
          <>
            <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
            <TemplateForm areas={chooseAny ? areas : []} ownArea={chooseAny ? null : own} years={years} defaultYear={thisYear - 1} />
            <ImportUploader indicators={indicators} />
          </>
        )}
        {canExport && <ExportForm areas={exportAny ? areas : []} canExportAll={exportAny} ownArea={own} numbered={canImport} />}
      </div>
    </ClientMessages>
  );
}
