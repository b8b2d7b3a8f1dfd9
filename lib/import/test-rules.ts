import { INDICATOR_CATALOGUE } from "@/db/seed/indicators";
import type { IndicatorRule } from "@/lib/domain/validation";

/** The real indicator catalogue as check rules (the seed leaves unset fields out; the database has them as null). Tests only. */
export function catalogueRules(): IndicatorRule[] {
  return INDICATOR_CATALOGUE.map((i) => ({
    key: i.key,
    nameZh: i.nameZh,
    nameEn: i.nameEn,
    unitZh: i.unitZh,
    unitEn: i.unitEn,
    decimals: i.decimals,
    hardMin: i.hardMin ?? null,
    hardMax: i.hardMax ?? null,
    softMin: i.softMin ?? null,
    softMax: i.softMax ?? null,
    yoyKind: i.yoyKind ?? null,
    yoyMaxDown: i.yoyMaxDown ?? null,
    yoyMaxUp: i.yoyMaxUp ?? null,
    derivation: i.derivation ?? null,
  }));
}
