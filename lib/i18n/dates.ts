import { intlLocale } from "./localized";

/** A calendar day ("2026-03-31") in words: 2026年3月31日, 31 March 2026. The day as written, in no time zone. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
