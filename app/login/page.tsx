import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/layout/client-messages";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signIn") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth"]}>
      <Card padding="lg" className="mx-auto max-w-sm shadow-sm">
        <h1 className="mb-4 text-xl font-semibold">{t("signIn")}</h1>
        <LoginForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
        <p className="mt-4 text-sm text-slate-700">
          {t("noAccount")}{" "}
          <Link href="/register" className="text-brand-700 underline">
            {t("registerLink")}
          </Link>
        </p>
      </Card>
    </ClientMessages>
  );
}
