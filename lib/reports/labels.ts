import { messagesTranslator, type Translate } from "@/lib/i18n/translator";
import type { ReportLocale } from "./format";

// The app's messages for the documents: the same texts the pages use, so a label never differs
// between the page and its files.

export type ReportT = Translate;

export function reportTranslator(locale: ReportLocale): ReportT {
  return messagesTranslator(locale);
}
