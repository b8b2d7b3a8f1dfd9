import { getLocale, getTranslations } from "next-intl/server";
import { listAreaOptions } from "@/db/queries/areas";
import { RegisterForm } from "@/components/auth/register-form";
import { localName } from "@/lib/i18n/localized";
import { ClientMessages } from "@/components/layout/client-messages";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  return { title: (await getTranslations("register"))("title") };
}

export default async function RegisterPage() {
  const t = await getTranslations("register");
  const locale = await getLocale();
  const areas = listAreaOptions().map((a) => ({ code: a.code, name: localName(a, locale) }));
  return (
    <ClientMessages namespaces={["area", "register", "passwordFeedback"]}>
      <Card padding="lg" className="mx-auto max-w-2xl shadow-sm">
        <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
        <p className="mb-5 text-sm text-slate-700">{t("intro")}</p>
        <RegisterForm areas={areas} />
      </Card>
    </ClientMessages>
  );
}
