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

export function formatNumber(value: number, decimals: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
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
