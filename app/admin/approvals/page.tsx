import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { listAllAreaCities } from "@/db/queries/areas";
import { listPendingAccounts } from "@/db/queries/users";
import { ReviewButtons } from "@/components/admin/review-buttons";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/layout/client-messages";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function ApprovalsPage() {
  const user = await getCurrentUser();
  if (!user || !can(user, "accounts.review")) notFound();
  const t = await getTranslations("admin");
  const ta = await getTranslations("area");
  const locale = await getLocale();
  const pending = listPendingAccounts();
  const citiesOf = pending.some((p) => p.areaStatus === "pending") ? listAllAreaCities() : new Map();
  return (
    <ClientMessages namespaces={["admin"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
        {pending.length === 0 ? (
          <Card asChild variant="empty" padding="lg">
            <p data-testid="no-pending">{t("none")}</p>
          </Card>
        ) : (
          <ul className="space-y-3">
            {pending.map((p) => {
              const areaName = (locale === "en" ? p.areaNameEn : p.areaNameZh) ?? "—";
              return (
                <Card asChild key={p.id}>
                  <li data-testid="pending-account" data-email={p.email}>
                    <div className="flex flex-wrap items-start justify-between gap-3">
                      <div className="text-sm">
                        <p className="font-medium">{p.name} · {p.email}</p>
                        <p className="text-slate-700">
                          {p.areaStatus === "pending" ? t("newArea") : t("claims")}: {areaName}
                        </p>
                        {p.areaStatus === "pending" && (
                          // The whole request, as the applicant filled it in.
                          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-700" data-testid="request-details">
                            {[
                              [t("nameZh"), p.areaNameZh],
                              [t("nameEn"), p.areaNameEn],
                              [t("code"), p.areaCode],
                              [ta("level"), p.areaLevel ? ta(`levels.${p.areaLevel}`) : null],
                              [ta("wave"), p.areaWave ? ta(`waves.${p.areaWave}`) : null],
                              [ta("designated"), p.areaYearDesignated],
                              [ta("province"), p.areaProvince ? (ta.has(`provinces.${p.areaProvince}`) ? ta(`provinces.${p.areaProvince}`) : p.areaProvince) : null],
                              [ta("type"), p.areaType ? ta(`types.${p.areaType}`) : null],
                              [ta("resourceType"), p.areaResourceType ? ta(`resourceTypes.${p.areaResourceType}`) : null],
                              [
                                ta("memberCities"),
                                ((citiesOf.get(p.areaId ?? -1) ?? []) as { nameZh: string | null; nameEn: string | null }[])
                                  .map((c) => (locale === "en" ? (c.nameEn ?? c.nameZh) : (c.nameZh ?? c.nameEn)))
                                  .join(locale === "en" ? ", " : "、") || "—",
                              ],
                            ].map(([label, value]) => (
                              <div key={String(label)} className="contents">
                                <dt className="text-slate-500">{label}</dt>
                                <dd>{value ?? "—"}</dd>
                              </div>
                            ))}
                          </dl>
                        )}
                      </div>
                      <ReviewButtons userId={p.id} label={p.email} />
                    </div>
                  </li>
                </Card>
              );
            })}
          </ul>
        )}
      </div>
    </ClientMessages>
  );
}
