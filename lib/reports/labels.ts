import { createTranslator } from "use-intl/core";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";
import type { ReportLocale } from "./format";

// The app's messages outside a request (downloads, the .zip job, the benchmark): the same texts the
// pages use, so a label never differs between the page and its files.

export type ReportT = (key: string, values?: Record<string, string | number>) => string;

const MESSAGES = { zh, en } as const;

export function reportTranslator(locale: ReportLocale): ReportT {
  const t = createTranslator({ locale, messages: MESSAGES[locale] as Record<string, unknown> });
  return (key, values) => t(key as never, values as never) as string;
}

/** One message in both languages. */
export function bilingual(key: string, values?: Record<string, string | number>): { zh: string; en: string } {
  return { zh: reportTranslator("zh")(key, values), en: reportTranslator("en")(key, values) };
}
