import type { Bilingual, SummaryStanding } from "./standings";

// The diagnosis in the evaluation summary, under the seed framework's three bottleneck headings
// (docs/methodology.md, "Entity, factor, structure"). Which indicators speak to which heading is data, shown on the page beside the
// verdict; the verdict itself is a plain rank rule so an official can check it by hand.

export const BOTTLENECK_KEYS = ["institutional", "industrial_foundation", "urban_functions"] as const;
export type BottleneckKey = (typeof BOTTLENECK_KEYS)[number];

export type BottleneckIndicator = { indicatorKey: string; why: Bilingual };

export type Bottleneck = {
  key: BottleneckKey;
  name: Bilingual;
  description: Bilingual;
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
    name: { zh: "体制机制障碍", en: "Institutional barriers" },
    description: {
      zh: "市场环境、科技成果转化和人才机制方面的束缚，使新企业难以成长、研发成果难以落地、人才难以留住。",
      en: "Rules, markets and incentives that make it hard for new firms to grow, for research to reach the market and for skilled people to stay.",
    },
    indicators: [
      { indicatorKey: "net_migration_rate", why: { zh: "人口与人才外流", en: "people and talent leaving the area" } },
      { indicatorKey: "rd_staff_10k", why: { zh: "研发人才储备", en: "depth of the research workforce" } },
      { indicatorKey: "tech_contract_share", why: { zh: "科技成果转化与技术市场活跃度", en: "research turned into traded technology" } },
      { indicatorKey: "hv_patent_10k", why: { zh: "高质量创新成果的产出与保护", en: "valuable inventions produced and protected" } },
      { indicatorKey: "srdi_firms", why: { zh: "中小企业成长的营商环境", en: "room for specialised small firms to grow" } },
    ],
  },
  {
    key: "industrial_foundation",
    name: { zh: "产业基础薄弱", en: "Weak industrial foundation" },
    description: {
      zh: "经济仍依赖资源开采和传统重化工业，高技术和新兴产业体量偏小，接续替代能力不足。",
      en: "An economy still leaning on resource extraction and heavy industry, with too few high-tech and emerging industries to take their place.",
    },
    indicators: [
      { indicatorKey: "mining_share", why: { zh: "资源依赖程度", en: "dependence on resource extraction" } },
      { indicatorKey: "sei_share", why: { zh: "战略性新兴产业的支撑作用", en: "weight of strategic emerging industries" } },
      { indicatorKey: "hitech_mfg_share", why: { zh: "制造业的技术层次", en: "technology level of manufacturing" } },
      { indicatorKey: "hte_count", why: { zh: "创新型企业的数量基础", en: "base of innovative firms" } },
      { indicatorKey: "rd_intensity", why: { zh: "全社会研发投入", en: "spending on research across the economy" } },
      { indicatorKey: "digital_core_share", why: { zh: "数字产业的规模", en: "size of the core digital industries" } },
      { indicatorKey: "nc_key_process", why: { zh: "传统产业的数字化改造", en: "digital upgrading of existing factories" } },
      { indicatorKey: "energy_intensity", why: { zh: "高耗能的产业结构", en: "energy-hungry industrial structure" } },
    ],
  },
  {
    key: "urban_functions",
    name: { zh: "城市功能不足", en: "Lacking urban functions" },
    description: {
      zh: "城镇化水平、数字基础设施、土地利用效率和生态环境服务跟不上现代产业和人才的需要。",
      en: "Urbanisation, digital networks, land use and environmental services that fall short of what modern industry and skilled workers need.",
    },
    indicators: [
      { indicatorKey: "urban_rate", why: { zh: "城镇化水平", en: "share of residents living in towns and cities" } },
      { indicatorKey: "land_tax_per_mu", why: { zh: "工业用地集约利用水平", en: "how productively industrial land is used" } },
      { indicatorKey: "g5_per_10k", why: { zh: "5G网络覆盖", en: "5G network coverage" } },
      { indicatorKey: "gigabit_share", why: { zh: "千兆宽带普及", en: "reach of gigabit broadband" } },
      { indicatorKey: "park_circular", why: { zh: "园区基础设施与循环化改造", en: "upgraded, circular industrial parks" } },
      { indicatorKey: "solidwaste_use", why: { zh: "工业固废处置与环境质量", en: "handling of industrial waste and environmental quality" } },
    ],
  },
];

/**
 * Weak = among the last ⌊ranked ÷ bottomDivisor⌋ ranks of the peers with a score; no verdict with
 * fewer than minRanked scored peers. Serious = at least seriousShare of the assessed indicators weak.
 */
export const DIAGNOSIS_THRESHOLDS = { bottomDivisor: 3, minRanked: 3, seriousShare: 0.5 } as const;

export const DIAGNOSIS_RULE: Bilingual = {
  zh:
    "指标偏弱：在有得分的同组示范区中排名处于后三分之一，即名次大于 n − ⌊n ÷ 3⌋（n 为有得分的同组示范区数，如20个中的第15–20名、12个中的第9–12名）；" +
    "得分相同者并列取较好名次；有得分的同组示范区少于3个时不作判断，按无数据计。" +
    "瓶颈程度：相关指标中有数据的至少一半偏弱为“突出”，至少一项偏弱为“存在”，均不偏弱为“未见”，均无数据为“无数据”。",
  en:
    "An indicator is weak when the area ranks in the bottom third of the peers with a score on it: rank above n − ⌊n ÷ 3⌋, where n is the number of peers with a score (ranks 15–20 of 20, 9–12 of 12). " +
    "Tied areas share the better rank. With fewer than 3 scored peers no verdict is given and the indicator counts as having no data. " +
    "A heading is serious when at least half of its indicators with data are weak, shows some weakness when at least one is, none when none is, and no data when none of its indicators has data.",
};

export type BottleneckSeverity = "serious" | "some" | "none" | "no_data";

export const SEVERITY_LABELS: Record<BottleneckSeverity, Bilingual> = {
  serious: { zh: "突出", en: "serious" },
  some: { zh: "存在", en: "some weakness" },
  none: { zh: "未见", en: "none" },
  no_data: { zh: "无数据", en: "no data" },
};

export type DiagnosedIndicator = {
  indicatorKey: string;
  why: Bilingual;
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
  name: Bilingual;
  description: Bilingual;
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
    const indicators = heading.indicators.map(({ indicatorKey, why }): DiagnosedIndicator => {
      const s = byKey.get(indicatorKey);
      const score = s?.score ?? null;
      const rank = s?.rank ?? null;
      const ranked = s?.ranked ?? 0;
      const cut = firstWeakRank(ranked);
      const assessed = score !== null && rank !== null && cut !== null;
      return { indicatorKey, why, score, rank, ranked, assessed, weak: assessed && rank >= cut };
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
      name: heading.name,
      description: heading.description,
      indicators,
      severity,
      weakCount,
      coverage: { assessed, mapped: heading.indicators.length },
    };
  });
}
