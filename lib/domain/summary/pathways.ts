import type { BottleneckDiagnosis, BottleneckKey } from "./bottlenecks";

// The research framework's three pathways, matching its three bottlenecks (docs/methodology.md,
// pathways): reform institutions to release the areas' own dynamism; industrial progress through
// specialisation; better urban functions. Each pathway has lines of action; each line names the
// catalogue indicators it should move and the policy documents (db/seed/policy-documents.ts) that ask
// for the same kind of action. Which indicator a line moves is a modelling choice, shown on the page as
// data; the wording of the pathways and lines is in the messages (summary.pathways).

export const PATHWAY_KEYS = ["institutional_reform", "industrial_specialisation", "urban_functions"] as const;
export type PathwayKey = (typeof PATHWAY_KEYS)[number];

export type LineOfAction = {
  key: string;
  /** The indicators it should move, each in its own good direction. */
  indicators: readonly string[];
  /** Policy documents that ask for this kind of action; empty where the support is the framework's alone. */
  documents: readonly string[];
};

export type Pathway = { key: PathwayKey; bottleneck: BottleneckKey; lines: readonly LineOfAction[] };

export const PATHWAYS: readonly Pathway[] = [
  {
    key: "institutional_reform",
    bottleneck: "institutional",
    lines: [
      { key: "market_environment", indicators: ["land_tax_per_mu", "srdi_firms", "hte_count"], documents: ["implementation-opinions-2016", "second-wave-2019"] },
      {
        key: "innovation_system",
        indicators: ["rd_intensity", "rd_staff_10k", "hv_patent_10k", "tech_contract_share", "hte_count"],
        documents: ["implementation-opinions-2016", "second-wave-2019", "implementation-plan-2021"],
      },
      { key: "talent", indicators: ["net_migration_rate", "rd_staff_10k", "srdi_firms"], documents: [] },
    ],
  },
  {
    key: "industrial_specialisation",
    bottleneck: "industrial_foundation",
    lines: [
      {
        key: "related_diversification",
        indicators: ["sei_share", "hitech_mfg_share", "mining_share", "hte_count"],
        documents: ["implementation-opinions-2016", "second-wave-2019", "implementation-plan-2021"],
      },
      { key: "system_integrator", indicators: ["digital_core_share", "nc_key_process", "rd_intensity", "srdi_firms", "tech_contract_share"], documents: ["implementation-opinions-2016"] },
      { key: "parks_platform", indicators: ["land_tax_per_mu", "park_circular", "energy_intensity"], documents: ["second-wave-2019", "evaluation-2020-results", "implementation-plan-2021"] },
    ],
  },
  {
    key: "urban_functions",
    bottleneck: "urban_functions",
    lines: [
      { key: "digital_infrastructure", indicators: ["g5_per_10k", "gigabit_share", "digital_core_share", "nc_key_process"], documents: [] },
      {
        key: "green_circular",
        indicators: ["energy_intensity", "co2_intensity_index", "solidwaste_use", "park_circular", "mining_share"],
        documents: ["implementation-plan-2021", "industrial-heritage-2020"],
      },
      { key: "urban_renewal", indicators: ["urban_rate", "net_migration_rate", "land_tax_per_mu"], documents: ["second-wave-2019", "implementation-plan-2021", "industrial-heritage-2020"] },
    ],
  },
];

/** At most this many of a heading's weak indicators are listed under its pathway. */
export const WEAKEST_PER_PATHWAY = 3;

export type PathwayItem = {
  indicatorKey: string;
  score: number;
  rank: number;
  ranked: number;
  /** The pathway's lines that move this indicator, in the pathway's order. */
  lines: string[];
};

export type PathwayRecommendation = {
  key: PathwayKey;
  bottleneck: BottleneckKey;
  /** The heading's weak indicators, weakest first: the lowest score, then the worse rank, then the key. */
  items: PathwayItem[];
  /** How many of the heading's indicators were weak, listed or not. */
  weakCount: number;
};

/**
 * For each pathway, the area's weakest indicators under its bottleneck heading: those the diagnosis
 * found weak (bottom third of the peers), weakest first, at most WEAKEST_PER_PATHWAY, each with the
 * pathway's lines of action that move it.
 */
export function recommendPathways(diagnosis: readonly BottleneckDiagnosis[], pathways: readonly Pathway[] = PATHWAYS): PathwayRecommendation[] {
  return pathways.map((pathway) => {
    const heading = diagnosis.find((d) => d.key === pathway.bottleneck);
    const weak = (heading?.indicators ?? [])
      .filter((i) => i.weak && i.score !== null && i.rank !== null)
      .map((i) => ({ indicatorKey: i.indicatorKey, score: i.score!, rank: i.rank!, ranked: i.ranked }))
      .sort((a, b) => a.score - b.score || b.rank - a.rank || a.indicatorKey.localeCompare(b.indicatorKey));
    return {
      key: pathway.key,
      bottleneck: pathway.bottleneck,
      weakCount: weak.length,
      items: weak.slice(0, WEAKEST_PER_PATHWAY).map((i) => ({
        ...i,
        lines: pathway.lines.filter((l) => l.indicators.includes(i.indicatorKey)).map((l) => l.key),
      })),
    };
  });
}
