import { formatNumber } from "@/lib/i18n/localized";

// Number formatting of the evaluation summary, shared by the page (server and client components)
// and the downloads (PDF, Word, .xlsx), so every copy of a number reads the same.

export type ReportLocale = "zh" | "en";

export const asReportLocale = (locale: string): ReportLocale => (locale === "en" ? "en" : "zh");

export const DASH = "—";

/** Fixed decimals with the locale's grouping; "—" for a missing number. */
export function fmt(value: number | null | undefined, decimals: number, locale: ReportLocale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return formatNumber(value, decimals, locale);
}

/** Scores (0–100) and score changes: one decimal, as everywhere in the app. */
export const fmtScore = (value: number | null | undefined, locale: ReportLocale) => fmt(value, 1, locale);

/** A change with its sign: "+2.1", "−0.4", "0.0". */
export function fmtSigned(value: number | null | undefined, decimals: number, locale: ReportLocale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  const text = fmt(Math.abs(value), decimals, locale);
  if (Number(text.replace(/[^0-9.]/g, "")) === 0) return text;
  return `${value > 0 ? "+" : "−"}${text}`;
}

/** Per cent of a part in a whole, no decimals ("26/28" → "93%"). */
export function fmtPercent(part: number, whole: number, locale: ReportLocale): string {
  if (whole <= 0) return DASH;
  return `${fmt((part / whole) * 100, 0, locale)}%`;
}
