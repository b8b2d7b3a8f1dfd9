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
