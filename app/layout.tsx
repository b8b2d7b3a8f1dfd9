import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { hasDemoValues } from "@/lib/services/kept-reads";
import { QueryProvider } from "@/components/layout/query-provider";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/auth/session";
import { LAYOUT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

// Every page reads the live database; nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("demo");
  const user = await getCurrentUser();
  // Pages add what their own client components use (ClientMessages).
  const messages = pickMessages(await getMessages(), LAYOUT_NAMESPACES);
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="min-h-screen">
        <NextIntlClientProvider messages={messages}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
            {t("skip")}
          </a>
          <SiteHeader user={user} />
          {hasDemoValues() && (
            // In a landmark (complementary), like all content on the page, so screen-reader users can find it (axe "region").
            <aside className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900">
              <p role="note" data-testid="demo-banner">{t("banner")}</p>
            </aside>
          )}
          <main id="main" className="mx-auto max-w-6xl px-4 py-6">
            <QueryProvider>{children}</QueryProvider>
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
