import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { LAYOUT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";

/**
 * Gives the client components below it these parts of the catalogue, besides the layout's. A page
 * with client components that translate wraps them in it, naming what they use (a provider replaces
 * the one above it, it does not add to it).
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const messages = pickMessages(await getMessages(), [...LAYOUT_NAMESPACES, ...namespaces]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
