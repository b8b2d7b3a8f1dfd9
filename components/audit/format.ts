import { intlLocale } from "@/lib/i18n/localized";
import { AUDIT_TIME_ZONE } from "@/lib/validations/audit";

/** A moment as Beijing local time ("2026/11/28 18:27"), the same on the server and in the browser. */
export function formatDateTime(at: Date | number, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: AUDIT_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);
}
