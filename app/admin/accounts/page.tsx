import { getLocale, getTranslations } from "next-intl/server";
import { listAccounts } from "@/db/queries/users";
import { AccountStatusForm } from "@/components/admin/account-status-form";
import { ClientMessages } from "@/components/layout/client-messages";
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
              <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="account" data-email={a.email}>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="text-sm">
                    <p className="font-medium">
                      {a.name} · {a.email}
                      {a.id === user.id && <span className="text-slate-500"> {t("you")}</span>}
                    </p>
                    <p className="text-slate-700">
                      {ta(`roles.${a.role}`)}
                      {areaName && ` · ${areaName}`} ·{" "}
                      <span data-testid="account-status" className={a.status === "active" ? "text-emerald-800" : "text-amber-800"}>
                        {ta(`states.${a.status}`)}
                      </span>{" "}
                      · <span data-testid="account-sessions">{t("sessions", { count: a.sessions })}</span>
                    </p>
                  </div>
                  {a.id !== user.id && (a.status === "active" || a.status === "pending" || a.status === "deactivated") && (
                    <AccountStatusForm key={a.status} userId={a.id} label={a.email} change={a.status === "deactivated" ? "reactivate" : "deactivate"} />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </ClientMessages>
  );
}
