import type { TargetKind } from "@/lib/domain/indicator";

// National reference lines per plan period: what the national plans set for the whole country, drawn
// beside an area's own target. Each carries the text of its source. A reference that was not published
// for a period is a row with no value and a note saying so; none is carried from one period to the next.
export type NationalReferenceSeed = {
  period: string;
  indicatorKey: string;
  kind: TargetKind | null;
  value: number | null;
  source: string;
  sourceUrl?: string;
};

const FYP14 = "14th Five-Year Plan (national, 2025)";
// The 15th plan outline's main indicators, as reported from the draft (policy document
// "fifteenth-plan-outline-2026"); adopted unchanged on 12 March 2026.
const FYP15 = "15th Five-Year Plan outline, main indicators for 2026–2030";
const FYP15_URL = "https://www.jiemian.com/article/14071737.html";

export const NATIONAL_REFERENCES: NationalReferenceSeed[] = [
  { period: "fyp14", indicatorKey: "sei_share", kind: "absolute", value: 17, source: FYP14 },
  { period: "fyp14", indicatorKey: "hte_count", kind: null, value: null, source: "National total: 450,000 firms in 2025 (275,000 in 2020)" },
  { period: "fyp14", indicatorKey: "rd_intensity", kind: "absolute", value: 2.68, source: "National level 2024 (NBS R&D bulletin); plan: R&D spending growth >7% a year" },
  { period: "fyp14", indicatorKey: "hv_patent_10k", kind: "absolute", value: 12, source: FYP14 },
  { period: "fyp14", indicatorKey: "digital_core_share", kind: "absolute", value: 10, source: "14th FYP digital-economy plan (7.8% in 2020)" },
  { period: "fyp14", indicatorKey: "g5_per_10k", kind: "absolute", value: 26, source: "14th FYP information-communication plan (≈5 in 2020)" },
  { period: "fyp14", indicatorKey: "nc_key_process", kind: "absolute", value: 68, source: FYP14 },
  { period: "fyp14", indicatorKey: "energy_intensity", kind: "change_pct", value: -13.5, source: "14th FYP: −13.5% cumulative vs 2020" },
  { period: "fyp14", indicatorKey: "co2_intensity_index", kind: "absolute", value: 82, source: "14th FYP: −18% vs 2020" },
  { period: "fyp14", indicatorKey: "solidwaste_use", kind: "absolute", value: 57, source: FYP14 },
  { period: "fyp14", indicatorKey: "park_circular", kind: "absolute", value: 100, source: "2021 Implementation Plan: every eligible park retrofitted by end-2025" },
  { period: "fyp14", indicatorKey: "urban_rate", kind: "absolute", value: 65, source: FYP14 },

  { period: "fyp15", indicatorKey: "co2_intensity_index", kind: "change_pct", value: -17, source: `${FYP15}: CO₂ per unit of GDP −17% cumulative from 2025`, sourceUrl: FYP15_URL },
  { period: "fyp15", indicatorKey: "digital_core_share", kind: "absolute", value: 12.5, source: `${FYP15}: digital-economy core industries 12.5% of GDP by 2030`, sourceUrl: FYP15_URL },
  { period: "fyp15", indicatorKey: "energy_intensity", kind: null, value: null, source: "The 15th Five-Year Plan outline sets no national target for energy use per unit of GDP", sourceUrl: FYP15_URL },
];
