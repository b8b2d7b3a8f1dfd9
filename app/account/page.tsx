import { getLocale, getTranslations } from "next-intl/server";
import { getAreaByCode } from "@/db/queries/areas";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { Card } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { localName } from "@/lib/i18n/localized";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await guardPage("account.password", "/account");
  const t = await getTranslations("account");
  const ta = await getTranslations("audit");
  const locale = await getLocale();
  // A pending official's area may itself be pending: still their area.
  const area = user.areaCode ? getAreaByCode(user.areaCode, { includePending: true }) : undefined;
  const rows: [string, string, string][] = [
    ["email", t("email"), user.email],
    ["role", t("role"), ta(`roles.${user.role}`)],
    ["area", t("area"), area ? localName(area, locale) : (user.areaCode ?? t("noArea"))],
    ["status", t("status"), ta(`states.${user.status}`)],
  ];
  return (
    <ClientMessages namespaces={["account", "passwordFeedback"]}>
      <div className="mx-auto max-w-xl space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Card asChild>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" data-testid="account-details">
            {rows.map(([key, label, value]) => (
              <div key={key} className="contents" data-testid={`account-${key}`}>
                <dt className="text-slate-600">{label}</dt>
                <dd className="font-medium">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card asChild>
          <section aria-labelledby="change-password">
            <h2 id="change-password" className="mb-1 text-lg font-semibold">
              {t("changePassword")}
            </h2>
            <p className="mb-4 text-sm text-slate-700">{t("changePasswordIntro")}</p>
            <ChangePasswordForm />
          </section>
        </Card>
      </div>
    </ClientMessages>
  );
}
