import type { CHANGE_KINDS, DIMENSIONS, DIRECTIONS, GROWTH_FORMS, TARGET_KINDS } from "./enums";

// An indicator of the catalogue as the domain's rules read it. The database's row has these fields
// (and a few more, such as its sort order and sources); the domain declares what it needs here, so
// that it depends on no table definition.

export type Direction = (typeof DIRECTIONS)[number];
export type Dimension = (typeof DIMENSIONS)[number];
export type GrowthForm = (typeof GROWTH_FORMS)[number];
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type TargetKind = (typeof TARGET_KINDS)[number];

export type IndicatorDefinition = {
  key: string;
  nameZh: string;
  nameEn: string;
  unitZh: string;
  unitEn: string;
  direction: Direction;
  dimension: Dimension;
  decimals: number;
  /** Impossible below or above: a value outside is refused. */
  hardMin: number | null;
  hardMax: number | null;
  /** Implausible below or above: a value outside is flagged and needs a note. */
  softMin: number | null;
  softMax: number | null;
  /** Largest plausible year-on-year change, downwards and upwards, in percent or points. */
  yoyKind: ChangeKind | null;
  yoyMaxDown: number | null;
  yoyMaxUp: number | null;
  growthForm: GrowthForm;
  /** Set only for indicators computed from others. */
  derivation: string | null;
};
