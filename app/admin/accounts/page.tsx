import { getLocale, getTranslations } from "next-intl/server";
import { listAccounts } from "@/db/queries/users";
import { AccountStatusForm } from "@/components/admin/account-status-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";

export async function generateMetadata() {
  return { title: (await getTranslations("accounts"))("title") };
}

export default async function AccountsPage() {
  const user = await guardPage("accounts.manage", "/admin/accounts");
  const t = await getTranslations("accounts");
  const ta = await getTranslations("audit");
  const locale = await getLocale();
  const accounts = listAccounts();
  return (
    <ClientMessages namespaces={["accounts"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
        <ul className="space-y-3">
          {accounts.map((a) => {
            const areaName = (locale === "en" ? a.areaNameEn : a.areaNameZh) ?? null;
            return (
              <Card asChild key={a.id}>
                <li data-testid="account" data-email={a.email}>
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="text-sm">
                      <p className="font-medium">
                        {a.name} · {a.email}
                        {a.id === user.id && <span className="text-slate-500"> {t("you")}</span>}
                      </p>
                      <p className="text-slate-700">
                        {ta(`roles.${a.role}`)}
                        {areaName && ` · ${areaName}`} ·{" "}
                        <Badge data-testid="account-status" tone={a.status === "active" ? "success" : a.status === "pending" ? "warning" : "danger"}>
                          {ta(`states.${a.status}`)}
                        </Badge>{" "}
                        · <span data-testid="account-sessions">{t("sessions", { count: a.sessions })}</span>
                      </p>
                    </div>
                    {a.id !== user.id && (a.status === "active" || a.status === "pending" || a.status === "deactivated") && (
                      <AccountStatusForm key={a.status} userId={a.id} label={a.email} change={a.status === "deactivated" ? "reactivate" : "deactivate"} />
                    )}
                  </div>
                </li>
              </Card>
            );
          })}
        </ul>
      </div>
    </ClientMessages>
  );
}
