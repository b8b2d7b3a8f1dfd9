"use client";

import { useTranslations } from "next-intl";
import type { Flag } from "@/lib/domain/validation";
import type { EntryProblem } from "@/lib/validations/values";
import { formatNumber, intlLocale } from "@/lib/i18n/localized";

/** What the texts need to know of a field: its name, unit and decimals in the reader's language. */
export type FieldLabel = { key: string; name: string; unit: string; decimals: number };

/** The sentences of the entry form's problems and flags, shared by the form, the paste preview and the review. */
export function useEntryTexts(locale: string) {
  const t = useTranslations("entry");
  const num = (v: number | null, decimals: number) => (v === null ? "—" : formatNumber(v, decimals, locale));

  /** Why a value is unusual, as the middle of a sentence: "超出常见范围 100–3,000 家" / "is outside the usual range 100–3,000 firms". */
  function flagReason(flag: Flag, f: FieldLabel): string {
    if (flag.code === "outside_soft_range") {
      return t("reasons.outside_soft_range", { min: num(flag.min, f.decimals), max: num(flag.max, f.decimals), unit: f.unit });
    }
    const change = formatNumber(flag.change, 1, locale);
    const args = { change, down: flag.maxDown ?? "—", up: flag.maxUp ?? "—" };
    return flag.kind === "percent" ? t("reasons.yoy_percent", args) : t("reasons.yoy_points", args);
  }

  /**
   * A problem in words. A missing note names what is unusual about the value (its flags, from the
   * same check), since nothing is flagged until a save succeeds.
   */
  function problemText(p: EntryProblem, f: FieldLabel, flags: readonly Flag[] = []): string {
    switch (p.code) {
      case "out_of_hard_range":
        return t("problems.out_of_hard_range", { name: f.name, min: num(p.min, f.decimals), max: num(p.max, f.decimals), unit: f.unit });
      case "sector_sum":
        return t("problems.sector_sum", { sum: formatNumber(p.sum, 1, locale) });
      case "note_required": {
        const reasons = flags.map((flag) => flagReason(flag, f));
        const reason = reasons.length ? new Intl.ListFormat(intlLocale(locale), { type: "conjunction" }).format(reasons) : t("reasons.unusual");
        return t("problems.note_required", { name: f.name, reason });
      }
      default:
        return t(`problems.${p.code}`, { name: f.name });
    }
  }

  /**
   * A flag beside its value: "flagged for review" only for the stored value that was flagged when
   * saved; for anything typed since, what saving it will do.
   */
  function flagText(flag: Flag, f: FieldLabel, stored = false): string {
    const state = stored ? "stored" : "unsaved";
    if (flag.code === "outside_soft_range") {
      return t("flags.outside_soft_range", { min: num(flag.min, f.decimals), max: num(flag.max, f.decimals), unit: f.unit, state });
    }
    const change = formatNumber(flag.change, 1, locale);
    return flag.kind === "percent"
      ? t("flags.yoy_percent", { change, down: flag.maxDown ?? "—", up: flag.maxUp ?? "—", state })
      : t("flags.yoy_points", { change, down: flag.maxDown ?? "—", up: flag.maxUp ?? "—", state });
  }

  /** A change from last year, signed: "+10.0%", "−0.4 points". */
  function changeText(change: { change: number; kind: "percent" | "points" }): string {
    const sign = change.change > 0 ? "+" : "";
    const value = sign + formatNumber(change.change, 1, locale);
    return change.kind === "percent" ? t("review.yoyPercent", { change: value }) : t("review.yoyPoints", { change: value });
  }

  return { t, num, problemText, flagText, changeText };
}

/** The decimals a typed or pasted number was written with, so that showing it does not round it away. */
export function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 || text.includes("e") ? 0 : Math.min(text.length - dot - 1, 6);
}
