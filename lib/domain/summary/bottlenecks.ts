import type { SummaryStanding } from "./standings";

// The diagnosis in the evaluation summary, under the seed framework's three bottleneck headings
// (docs/methodology.md, diagnosis). Which indicators speak to which heading is data, shown on the page
// beside the verdict; the verdict itself is a plain rank rule so an official can check it by hand.
// Headings, what each indicator shows and the rule are worded in the messages (summary.bottlenecks,
// summary.diagnosis.rule).

export const BOTTLENECK_KEYS = ["institutional", "industrial_foundation", "urban_functions"] as const;
export type BottleneckKey = (typeof BOTTLENECK_KEYS)[number];

export type BottleneckIndicator = { indicatorKey: string };

export type Bottleneck = {
  key: BottleneckKey;
  indicators: readonly BottleneckIndicator[];
};

/**
 * Scored indicators only (direction higher or lower), each under at most one heading. Left out on
 * purpose: co2_intensity_index (moves with energy_intensity, which would count the same weakness
 * twice) and gdp_per_capita (an outcome of all three headings rather than a sign of one).
 *
 * net_migration_rate is directional but its catalogue dimension is "context", so the composite
 * does not score it: it shows as "no data" here unless the caller supplies a standing for it.
 */
export const BOTTLENECKS: readonly Bottleneck[] = [
  {
    key: "institutional",
    indicators: [
      { indicatorKey: "net_migration_rate" },
      { indicatorKey: "rd_staff_10k" },
      { indicatorKey: "tech_contract_share" },
      { indicatorKey: "hv_patent_10k" },
      { indicatorKey: "srdi_firms" },
    ],
  },
  {
    key: "industrial_foundation",
    indicators: [
      { indicatorKey: "mining_share" },
      { indicatorKey: "sei_share" },
      { indicatorKey: "hitech_mfg_share" },
      { indicatorKey: "hte_count" },
      { indicatorKey: "rd_intensity" },
      { indicatorKey: "digital_core_share" },
      { indicatorKey: "nc_key_process" },
      { indicatorKey: "energy_intensity" },
    ],
  },
  {
    key: "urban_functions",
    indicators: [
      { indicatorKey: "urban_rate" },
      { indicatorKey: "land_tax_per_mu" },
      { indicatorKey: "g5_per_10k" },
      { indicatorKey: "gigabit_share" },
      { indicatorKey: "park_circular" },
      { indicatorKey: "solidwaste_use" },
    ],
  },
];

/**
 * Weak = among the last ⌊ranked ÷ bottomDivisor⌋ ranks of the peers with a score; no verdict with
 * fewer than minRanked scored peers. Serious = at least seriousShare of the assessed indicators weak.
 */
export const DIAGNOSIS_THRESHOLDS = { bottomDivisor: 3, minRanked: 3, seriousShare: 0.5 } as const;

export type BottleneckSeverity = "serious" | "some" | "none" | "no_data";

export type DiagnosedIndicator = {
  indicatorKey: string;
  /** 0–100; null = no value this year. */
  score: number | null;
  rank: number | null;
  ranked: number;
  /** A verdict was possible: a score, a rank and at least minRanked scored peers. */
  assessed: boolean;
  weak: boolean;
};

export type BottleneckDiagnosis = {
  key: BottleneckKey;
  indicators: DiagnosedIndicator[];
  severity: BottleneckSeverity;
  weakCount: number;
  coverage: { assessed: number; mapped: number };
};

/** The first weak rank among `ranked` scored peers (ranks from it to `ranked` are weak); null = no verdict. */
export function firstWeakRank(ranked: number): number | null {
  if (ranked < DIAGNOSIS_THRESHOLDS.minRanked) return null;
  return ranked - Math.floor(ranked / DIAGNOSIS_THRESHOLDS.bottomDivisor) + 1;
}

export function diagnose(standings: SummaryStanding[], mapping: readonly Bottleneck[] = BOTTLENECKS): BottleneckDiagnosis[] {
  const byKey = new Map(standings.map((s) => [s.indicatorKey, s]));
  return mapping.map((heading) => {
    const indicators = heading.indicators.map(({ indicatorKey }): DiagnosedIndicator => {
      const s = byKey.get(indicatorKey);
      const score = s?.score ?? null;
      const rank = s?.rank ?? null;
      const ranked = s?.ranked ?? 0;
      const cut = firstWeakRank(ranked);
      const assessed = score !== null && rank !== null && cut !== null;
      return { indicatorKey, score, rank, ranked, assessed, weak: assessed && rank >= cut };
    });
    const assessed = indicators.filter((i) => i.assessed).length;
    const weakCount = indicators.filter((i) => i.weak).length;
    let severity: BottleneckSeverity;
    if (assessed === 0) severity = "no_data";
    else if (weakCount > 0 && weakCount >= DIAGNOSIS_THRESHOLDS.seriousShare * assessed) severity = "serious";
    else if (weakCount > 0) severity = "some";
    else severity = "none";
    return {
      key: heading.key,
      indicators,
      severity,
      weakCount,
      coverage: { assessed, mapped: heading.indicators.length },
    };
  });
}
