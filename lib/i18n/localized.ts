import type { AppLocale } from "./config";

// Names and units stored in both languages in the database: pick the one for the current locale.
export function localName(row: { nameZh: string; nameEn: string }, locale: string): string {
  return (locale as AppLocale) === "en" ? row.nameEn : row.nameZh;
}

export function localUnit(row: { unitZh: string; unitEn: string }, locale: string): string {
  return (locale as AppLocale) === "en" ? row.unitEn : row.unitZh;
}

export function intlLocale(locale: string): string {
  return locale === "en" ? "en-GB" : "zh-CN";
}

// One formatter per locale and number of decimals: making an Intl.NumberFormat costs far more than
// using one, and an area page or a summary formats hundreds of numbers.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, decimals: number, locale: string): string {
  const tag = intlLocale(locale);
  const key = `${tag}:${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
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
