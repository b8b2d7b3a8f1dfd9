import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DocumentSettingsForm } from "@/components/admin/document-settings-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { getDocumentSettings } from "@/db/queries/documents";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("documentSettings"))("title") };
}

export default async function DocumentSettingsPage() {
  const user = await getCurrentUser();
  if (!user || !can(user, "documents.configure")) notFound();
  const t = await getTranslations("documentSettings");
  const { issuerZh, issuerEn, numberPattern } = getDocumentSettings();
  return (
    <ClientMessages namespaces={["documentSettings", "errors"]}>
      <div className="max-w-2xl space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
        <DocumentSettingsForm initial={{ issuerZh, issuerEn, numberPattern }} />
      </div>
    </ClientMessages>
  );
}
