import { intlLocale } from "@/lib/i18n/localized";
import { AUDIT_TIME_ZONE } from "@/lib/validations/audit";

// One formatter per locale for the whole process (server) or page (browser). Making an
// Intl.DateTimeFormat with a time zone costs far more than using one, and its ICU data lives
// outside the JavaScript heap: the review queue made 50 a view, one per row.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A moment as Beijing local time ("2026/11/28 18:27"), the same on the server and in the browser. */
export function formatDateTime(at: Date | number, locale: string): string {
  const tag = intlLocale(locale);
  let formatter = formatters.get(tag);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tag, {
      timeZone: AUDIT_TIME_ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(tag, formatter);
  }
  return formatter.format(at);
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** The time of day of a moment, Beijing local time ("10:42"), as the entry form's save state shows it. */
export function formatTime(at: Date | number, locale: string): string {
  const tag = intlLocale(locale);
  let formatter = timeFormatters.get(tag);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tag, { timeZone: AUDIT_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    timeFormatters.set(tag, formatter);
  }
  return formatter.format(at);
}
