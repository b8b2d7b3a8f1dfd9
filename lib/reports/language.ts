import { DASH, type ReportLocale } from "./format";

// A document speaks one language throughout (docs/methodology.md §6.12). Most of what it prints comes
// from the messages in both languages; what does not is stored data in one language, and these
// helpers decide how a document in the other language cites it.

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Four Latin words in a row: an English phrase (addresses removed first). */
const ENGLISH_RUN = /[A-Za-z][A-Za-z'’-]*(?:[,.;:]?\s+[A-Za-z][A-Za-z'’-]*){3}/;
const ADDRESS = /https?:\/\/\S+/g;
/** A Chinese document number (发改环资〔2022〕803号): a name, with no English form. */
export const DOCUMENT_NUMBER = /[\u3400-\u9fff]+〔\d{4}〕\d+号/g;

/**
 * Whether a stored text is written in the document's language: Chinese holds Han characters and no
 * English phrase; English holds no Han characters but in the numbers of Chinese documents it names.
 */
export function inLanguage(text: string, locale: ReportLocale): boolean {
  if (locale === "zh") return HAN.test(text) && !ENGLISH_RUN.test(text.replace(ADDRESS, " "));
  return !HAN.test(text.replace(DOCUMENT_NUMBER, ""));
}

/**
 * A source as a document cites it. Sources are stored in one language, as published (a Chinese
 * notice's title, an English description of a policy change): a document in the other language cites
 * the source by its address alone, so that it speaks one language throughout.
 */
export function sourceText(title: string, url: string | null, locale: ReportLocale): string {
  if (!inLanguage(title, locale)) return url ?? DASH;
  if (!url) return title;
  return locale === "zh" ? `${title}（${url}）` : `${title} (${url})`;
}
