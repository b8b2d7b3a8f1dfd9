import { getLocale, getTranslations } from "next-intl/server";
import type { AreaDetail } from "@/db/queries/areas";

export async function AreaFacts({ area, latestYear }: { area: AreaDetail; latestYear: number | null }) {
  const t = await getTranslations("area");
  const locale = await getLocale();
  const province = t.has(`provinces.${area.province}`) ? t(`provinces.${area.province}`) : area.province;
  const facts: [string, string][] = [
    [t("level"), t(`levels.${area.level}`)],
    [t("wave"), t(`waves.${area.wave}`)],
    [t("designated"), area.yearDesignated ? String(area.yearDesignated) : "—"],
    [t("province"), province],
    [t("memberCities"), area.memberCities.split(";").filter(Boolean).join(locale === "en" ? ", " : "、") || "—"],
    [t("type"), t(`types.${area.type}`)],
    [t("resourceType"), t(`resourceTypes.${area.resourceType}`)],
    [t("latestData"), latestYear ? String(latestYear) : t("noData")],
  ];
  return (
    <section aria-label={t("facts")} className="rounded-lg border border-slate-200 bg-white p-4">
      {area.status !== "active" && (
        <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="area-pending">
          {t("pendingNotice")}
        </p>
      )}
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
