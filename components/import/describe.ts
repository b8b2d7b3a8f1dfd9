import type { Flag } from "@/lib/domain/validation";
import { formatNumber } from "@/lib/i18n/localized";
import type { ImportProblem } from "@/lib/import/types";
import type { IndicatorLabel } from "./types";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A problem of the import report as a sentence in the reader's language (t is the "import" namespace). */
export function describeProblem(t: Translate, problem: ImportProblem, labels: Map<string, IndicatorLabel>, locale: string): string {
  const params = problem.params ?? {};
  const indicator = typeof params.indicator === "string" ? labels.get(params.indicator) : undefined;
  const num = (v: unknown) => (typeof v === "number" ? formatNumber(v, indicator?.decimals ?? 2, locale) : "—");
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) values[key] = value ?? "—";
  values.column = problem.column ?? "";
  values.name = indicator?.name ?? String(params.indicator ?? "");
  values.unit = indicator?.unit ?? "";
  if (problem.code === "out_of_hard_range") {
    values.min = num(params.min);
    values.max = num(params.max);
  }
  if (problem.code === "sector_sum" && typeof params.sum === "number") values.sum = formatNumber(params.sum, 1, locale);
  if (problem.code === "sector_incomplete") {
    values.missing = String(params.missing ?? "")
      .split(", ")
      .map((key) => labels.get(key)?.name ?? key)
      .join(locale === "en" ? ", " : "、");
  }
  if (values.value === "") values.value = "—";
  // A computed row that differs from what the product computes names both values.
  if (problem.code === "derived_not_importable" && "computed" in params) {
    if (params.computed === null) return t("problems.derivedNotComputable", values);
    return t("problems.derivedDiffers", { ...values, value: num(params.value), computed: num(params.computed) });
  }
  return t(`problems.codes.${problem.code}`, values);
}

export function describeFlag(t: Translate, flag: Flag, label: IndicatorLabel | undefined, locale: string): string {
  const decimals = label?.decimals ?? 2;
  const num = (v: number | null) => (v === null ? "—" : formatNumber(v, decimals, locale));
  if (flag.code === "outside_soft_range") return t("flags.outside_soft_range", { min: num(flag.min), max: num(flag.max), unit: label?.unit ?? "" });
  const values = { change: formatNumber(flag.change, 1, locale), down: flag.maxDown ?? "—", up: flag.maxUp ?? "—" };
  return flag.kind === "percent" ? t("flags.yoy_percent", values) : t("flags.yoy_points", values);
}
