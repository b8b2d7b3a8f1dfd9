import type { ChartLocale } from "@/components/charts/types";

// One formatter per locale and digits, for the whole process (server) or page (browser): making an
// Intl.NumberFormat costs more than formatting all of a chart's numbers, and every chart makes two.
const numberFormats = new Map<string, Intl.NumberFormat>();

type Digits = Pick<Intl.NumberFormatOptions, "minimumFractionDigits" | "maximumFractionDigits">;

/** The charts' number format: digits are its only options, so they are all the key needs. */
export function numberFormat(locale: ChartLocale, { minimumFractionDigits, maximumFractionDigits }: Digits): Intl.NumberFormat {
  const key = `${locale}:${minimumFractionDigits ?? ""}:${maximumFractionDigits ?? ""}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-GB", { minimumFractionDigits, maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}
