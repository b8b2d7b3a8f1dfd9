import type { Indicator } from "@/db/schema";
import { EXPORT_HEADERS, TARGET_HEADERS, TARGET_TEMPLATE_HEADERS, TEMPLATE_HEADERS } from "./columns";

// The tables behind the template, the export and the indicator definitions (the file formats are
// made by lib/export/files.ts, which also neutralises text that a spreadsheet would run as a formula).

type Cell = string | number | null;
export type Table = { headers: string[]; rows: Cell[][] };

type AreaNames = { code: string; nameZh: string; nameEn: string };
type IndicatorNames = Pick<Indicator, "key" | "nameZh" | "nameEn" | "unitZh" | "unitEn" | "derivation">;

/** One row per indicator that can be imported (computed ones cannot), area and year filled in, value and note left to fill. */
export function templateTable(area: AreaNames, year: number, catalogue: readonly IndicatorNames[]): Table {
  return {
    headers: TEMPLATE_HEADERS,
    rows: catalogue
      .filter((i) => i.derivation === null)
      .map((i) => [area.code, i.key, i.nameZh, i.nameEn, i.unitZh, i.unitEn, year, null, null, null]),
  };
}

type ExportRow = {
  areaCode: string;
  areaNameZh: string;
  areaNameEn: string;
  indicatorKey: string;
  nameZh: string;
  nameEn: string;
  unitZh: string;
  unitEn: string;
  year: number;
  value: number;
  note: string | null;
  source: string | null;
  flagged: boolean;
  isDemo: boolean;
};

/** Stored values in the import's own columns, so that an export can be corrected and imported again. */
export function exportTable(rows: ExportRow[]): Table {
  return {
    headers: EXPORT_HEADERS,
    rows: rows.map((r) => [
      r.areaCode,
      r.areaNameZh,
      r.areaNameEn,
      r.indicatorKey,
      r.nameZh,
      r.nameEn,
      r.unitZh,
      r.unitEn,
      r.year,
      r.value,
      r.note,
      r.source,
      r.flagged ? 1 : 0,
      r.isDemo ? 1 : 0,
    ]),
  };
}

export const DEFINITION_HEADERS = [
  "key",
  "name_zh",
  "name_en",
  "unit_zh",
  "unit_en",
  "direction",
  "dimension",
  "group",
  "decimals",
  "hard_min",
  "hard_max",
  "soft_min",
  "soft_max",
  "yoy_kind",
  "yoy_max_down",
  "yoy_max_up",
  "importable",
  "derivation",
  "national_ref",
  "national_ref_kind",
  "national_ref_source",
];

/** The indicator catalogue: units, the ranges the import checks (hard: refused, soft: flagged), direction and sources. */
export function definitionsTable(catalogue: readonly Indicator[]): Table {
  return {
    headers: DEFINITION_HEADERS,
    rows: catalogue.map((i) => [
      i.key,
      i.nameZh,
      i.nameEn,
      i.unitZh,
      i.unitEn,
      i.direction,
      i.dimension,
      i.group,
      i.decimals,
      i.hardMin,
      i.hardMax,
      i.softMin,
      i.softMax,
      i.yoyKind,
      i.yoyMaxDown,
      i.yoyMaxUp,
      i.derivation === null ? 1 : 0,
      i.derivation,
    ]),
  };
}

type TargetRow = {
  areaCode: string;
  indicatorKey: string;
  nameZh: string;
  nameEn: string;
  unitZh: string;
  unitEn: string;
  period: string;
  kind: string;
  value: number;
  baseYear: number;
  targetYear: number;
  reason: string | null;
  isDemo: boolean;
};

/** Stored targets, one row each, naming the plan period it belongs to. */
export function targetsTable(rows: readonly TargetRow[]): Table {
  return {
    headers: TARGET_HEADERS,
    rows: rows.map((r) => [r.areaCode, r.indicatorKey, r.nameZh, r.nameEn, r.unitZh, r.unitEn, r.period, r.kind, r.value, r.baseYear, r.targetYear, r.reason, r.isDemo ? 1 : 0]),
  };
}

type TemplatePeriod = { code: string; baseYear: number; targetYear: number };
type StoredTarget = { kind: string; value: number; baseYear: number; reason: string | null };

/**
 * The targets sheet of the .xlsx template: for each period given (the open ones), one row per
 * indicator that can take a target (not a context indicator), prefilled with the area's target of
 * that period where one is set. Kind: the stored one, else the national reference's, else a level;
 * base year: the stored one, else the period's.
 */
export function targetTemplateTable(
  area: AreaNames,
  periods: readonly TemplatePeriod[],
  catalogue: readonly (IndicatorNames & { direction: string })[],
  stored: (period: string, indicatorKey: string) => StoredTarget | undefined,
  referenceKind: (period: string, indicatorKey: string) => string | null,
): Table {
  const rows: Cell[][] = [];
  for (const period of periods) {
    for (const i of catalogue) {
      if (i.direction === "context") continue;
      const target = stored(period.code, i.key);
      const kind = target?.kind ?? referenceKind(period.code, i.key) ?? "absolute";
      rows.push([area.code, i.key, i.nameZh, i.nameEn, i.unitZh, i.unitEn, period.code, kind, target?.value ?? null, target?.baseYear ?? period.baseYear, period.targetYear, target?.reason ?? null]);
    }
  }
  return { headers: TARGET_TEMPLATE_HEADERS, rows };
}
