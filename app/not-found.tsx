import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <Card padding="lg" className="mx-auto max-w-lg text-center">
      <h1 className="mb-2 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-slate-700">{t("body")}</p>
      <Link href="/" className="text-brand-700 underline">
        {t("home")}
      </Link>
    </Card>
  );
}
