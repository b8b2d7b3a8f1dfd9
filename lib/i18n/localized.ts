import type { AppLocale } from "./config";

// Names and units stored in both languages in the database: pick the one for the current locale.
export function localName(row: { nameZh: string; nameEn: string }, locale: string): string {
  return (locale as AppLocale) === "en" ? row.nameEn : row.nameZh;
}

/**
 * A name that may be missing in one language (a member city registered in one language only): the
 * current locale's, else the other's.
 */
export function localNameOrOther(row: { nameZh: string | null; nameEn: string | null }, locale: string): string {
  const [first, second] = (locale as AppLocale) === "en" ? [row.nameEn, row.nameZh] : [row.nameZh, row.nameEn];
  return first || second || "";
}

export function localUnit(row: { unitZh: string; unitEn: string }, locale: string): string {
  return (locale as AppLocale) === "en" ? row.unitEn : row.unitZh;
}

export function intlLocale(locale: string): string {
  return locale === "en" ? "en-GB" : "zh-CN";
}

// One formatter per locale and digits, for the whole process (server) or page (browser): making an
// Intl.NumberFormat costs far more than using one, and an area page, a chart or a summary formats
// hundreds of numbers.
const formatters = new Map<string, Intl.NumberFormat>();

type Digits = Pick<Intl.NumberFormatOptions, "minimumFractionDigits" | "maximumFractionDigits">;

/** The number format of a locale and digits (its only options, so all the key needs). */
export function numberFormat(locale: string, { minimumFractionDigits, maximumFractionDigits }: Digits): Intl.NumberFormat {
  const tag = intlLocale(locale);
  const key = `${tag}:${minimumFractionDigits ?? ""}:${maximumFractionDigits ?? ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag, { minimumFractionDigits, maximumFractionDigits });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number, decimals: number, locale: string): string {
  return numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/**
 * A formatted value with its unit, as the charts, the summary page and its documents write it:
 * "12.5%", "3.1‰" (no space before a per-cent sign), "1,204 万元"; "—" (no value) stays bare.
 */
export function withUnit(text: string, unit: string): string {
  if (!unit || text === "—") return text;
  return /^[%‰]/.test(unit) ? `${text}${unit}` : `${text} ${unit}`;
}

const NAME_SUFFIXES = [
  /产业转型升级示范区$/,
  / Industrial Transformation and Upgrading Demonstration Area$/,
  / Demonstration Area for Industrial Transformation and Upgrading$/,
];

/** The area's name without the long common suffix, for charts and dense tables. */
export function shortAreaName(row: { nameZh: string; nameEn: string }, locale: string): string {
  const name = localName(row, locale);
  const short = NAME_SUFFIXES.reduce((n, suffix) => n.replace(suffix, ""), name).trim();
  return short || name;
}
