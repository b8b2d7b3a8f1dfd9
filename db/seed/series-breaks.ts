// Breaks in indicator series: a year from which the national statistics count an indicator another
// way. Each carries its source; a break without a published source is not seeded.
export type SeriesBreakSeed = {
  indicatorKey: string;
  fromYear: number;
  reasonZh: string;
  reasonEn: string;
  source: string;
  sourceUrl: string;
};

export const SERIES_BREAKS: SeriesBreakSeed[] = [
  {
    indicatorKey: "energy_intensity",
    fromYear: 2024,
    reasonZh:
      "自2024年起，单位GDP能耗按扣除原料用能和非化石能源消费量后的能源消费核算；考核能耗强度降低率时，基年按同一口径扣除。此前年份的数值按原口径填报，与其后年份不完全可比。",
    reasonEn:
      "From 2024, energy use per unit of GDP is counted without energy used as raw material and without non-fossil energy; when the reduction is assessed, the base year is counted the same way. Values of earlier years were reported on the former basis and are not fully comparable with later ones.",
    source:
      "NDRC and NBS, notice on excluding energy used as raw material from total energy consumption control (发改环资〔2022〕803号, base and target years both deducted); the February 2024 change to count energy intensity without non-fossil energy and raw-material use",
    sourceUrl: "https://policycn.com/commentaries/revised-calculation-method-makes-energy-intensity-target-achievable-47023-2",
  },
];
