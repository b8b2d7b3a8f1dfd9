import { createTranslator } from "use-intl/core";
import type { AppLocale } from "./config";
import en from "./messages/en.json";
import zh from "./messages/zh.json";

// The app's messages outside a request (the services, downloads, the .zip job, the benchmark): the
// same texts the pages use, so a sentence never differs between a page, its files and the API.

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A text in both languages. */
export type Bilingual = { zh: string; en: string };

const MESSAGES = { zh, en } as const;

// One translator per language for the whole process: each keeps the messages it has parsed.
const translators = new Map<AppLocale, Translate>();

export function messagesTranslator(locale: AppLocale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const t = createTranslator({ locale, messages: MESSAGES[locale] as Record<string, unknown> });
    translate = (key, values) => t(key as never, values as never) as string;
    translators.set(locale, translate);
  }
  return translate;
}

/** One message in both languages. */
export function bilingual(key: string, values?: Record<string, string | number>): Bilingual {
  return { zh: messagesTranslator("zh")(key, values), en: messagesTranslator("en")(key, values) };
}
