import { describe, expect, it } from "vitest";
import { INDICATOR_CATALOGUE } from "@/db/seed/indicators";
import { POLICY_DOCUMENTS } from "@/db/seed/policy-documents";
import { BOTTLENECK_KEYS, BOTTLENECKS, diagnose, type Bottleneck } from "./bottlenecks";
import { PATHWAY_KEYS, PATHWAYS, recommendPathways, WEAKEST_PER_PATHWAY, type Pathway } from "./pathways";
import type { SummaryStanding } from "./standings";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";

const st = (indicatorKey: string, score: number | null, rank: number | null, ranked = 12): SummaryStanding => ({ indicatorKey, score, rank, ranked });

describe("PATHWAYS mapping", () => {
  const catalogue = new Map(INDICATOR_CATALOGUE.map((c) => [c.key, c]));
  const documents = new Set(POLICY_DOCUMENTS.map((d) => d.id));

  it("has one pathway per bottleneck heading, in the same order", () => {
    expect(PATHWAYS.map((p) => p.key)).toEqual([...PATHWAY_KEYS]);
    expect(PATHWAYS.map((p) => p.bottleneck)).toEqual([...BOTTLENECK_KEYS]);
  });

  it("names only catalogue indicators with a direction, and only policy documents that exist", () => {
    for (const line of PATHWAYS.flatMap((p) => p.lines)) {
      for (const key of line.indicators) expect(["higher", "lower"], `${line.key}: ${key}`).toContain(catalogue.get(key)?.direction);
      for (const id of line.documents) expect(documents.has(id), `${line.key}: ${id}`).toBe(true);
    }
    const keys = PATHWAYS.flatMap((p) => p.lines.map((l) => l.key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives every line a name and an action in both languages", () => {
    for (const messages of [zh, en]) {
      const lines = messages.summary.pathways.lines as Record<string, { name?: string; action?: string }>;
      for (const line of PATHWAYS.flatMap((p) => p.lines)) {
        expect(lines[line.key]?.name, line.key).toBeTruthy();
        expect(lines[line.key]?.action, line.key).toBeTruthy();
      }
    }
  });

  it("is the mapping the methodology chose: each line's indicators and supporting documents", () => {
    // A change here is a change of the model, shown on every summary page: make it on purpose.
    expect(PATHWAYS.flatMap((p) => p.lines.map((l) => [p.key, l.key, [...l.indicators], [...l.documents]]))).toEqual([
      ["institutional_reform", "market_environment", ["land_tax_per_mu", "srdi_firms", "hte_count"], ["implementation-opinions-2016", "second-wave-2019"]],
      [
        "institutional_reform",
        "innovation_system",
        ["rd_intensity", "rd_staff_10k", "hv_patent_10k", "tech_contract_share", "hte_count"],
        ["implementation-opinions-2016", "second-wave-2019", "implementation-plan-2021"],
      ],
      ["institutional_reform", "talent", ["net_migration_rate", "rd_staff_10k", "srdi_firms"], []],
      [
        "industrial_specialisation",
        "related_diversification",
        ["sei_share", "hitech_mfg_share", "mining_share", "hte_count"],
        ["implementation-opinions-2016", "second-wave-2019", "implementation-plan-2021"],
      ],
      [
        "industrial_specialisation",
        "system_integrator",
        ["digital_core_share", "nc_key_process", "rd_intensity", "srdi_firms", "tech_contract_share"],
        ["implementation-opinions-2016"],
      ],
      [
        "industrial_specialisation",
        "parks_platform",
        ["land_tax_per_mu", "park_circular", "energy_intensity"],
        ["second-wave-2019", "evaluation-2020-results", "implementation-plan-2021"],
      ],
      ["urban_functions", "digital_infrastructure", ["g5_per_10k", "gigabit_share", "digital_core_share", "nc_key_process"], []],
      [
        "urban_functions",
        "green_circular",
        ["energy_intensity", "co2_intensity_index", "solidwaste_use", "park_circular", "mining_share"],
        ["implementation-plan-2021", "industrial-heritage-2020"],
      ],
      [
        "urban_functions",
        "urban_renewal",
        ["urban_rate", "net_migration_rate", "land_tax_per_mu"],
        ["second-wave-2019", "implementation-plan-2021", "industrial-heritage-2020"],
      ],
    ]);
  });

  it("gives every indicator of a heading at least one line of action in its pathway", () => {
    for (const heading of BOTTLENECKS) {
      const pathway = PATHWAYS.find((p) => p.bottleneck === heading.key)!;
      for (const { indicatorKey } of heading.indicators) {
        expect(pathway.lines.some((l) => l.indicators.includes(indicatorKey)), `${heading.key}: ${indicatorKey}`).toBe(true);
      }
    }
  });
});

describe("recommendPathways", () => {
  // One heading of five indicators; with 12 ranked peers, ranks 9–12 are weak (12 − ⌊12 ÷ 3⌋ + 1 = 9).
  const MAPPING: Bottleneck[] = [{ key: "institutional", indicators: ["a", "b", "c", "d", "e"].map((indicatorKey) => ({ indicatorKey })) }];
  const PATH: Pathway[] = [
    {
      key: "institutional_reform",
      bottleneck: "institutional",
      lines: [
        { key: "first", indicators: ["a", "b"], documents: [] },
        { key: "second", indicators: ["b", "c", "d"], documents: [] },
      ],
    },
  ];
  const recommend = (standings: SummaryStanding[]) => recommendPathways(diagnose(standings, MAPPING), PATH)[0]!;

  it("lists only the weak indicators, weakest first, each with the lines that move it", () => {
    // a: rank 8 (not weak); b: rank 9, score 20; c: rank 12, score 5; d: rank 10, score 20; e: no score.
    const result = recommend([st("a", 30, 8), st("b", 20, 9), st("c", 5, 12), st("d", 20, 10), st("e", null, null)]);
    expect(result.weakCount).toBe(3);
    // c has the lowest score; b and d tie on 20, and d's worse rank (10) puts it before b (9).
    expect(result.items.map((i) => i.indicatorKey)).toEqual(["c", "d", "b"]);
    expect(result.items.map((i) => i.lines)).toEqual([["second"], ["second"], ["first", "second"]]);
    expect(result.items[0]).toMatchObject({ score: 5, rank: 12, ranked: 12 });
  });

  it("keeps at most WEAKEST_PER_PATHWAY, and says how many were weak", () => {
    expect(WEAKEST_PER_PATHWAY).toBe(3);
    const result = recommend([st("a", 4, 12), st("b", 3, 11), st("c", 2, 10), st("d", 1, 9), st("e", 50, 1)]);
    expect(result.weakCount).toBe(4);
    expect(result.items.map((i) => i.indicatorKey)).toEqual(["d", "c", "b"]);
  });

  it("puts rank 8 of 12 out and rank 9 of 12 in (the bottom-third line from both sides)", () => {
    expect(recommend([st("a", 10, 8)]).items).toEqual([]);
    expect(recommend([st("a", 10, 9)]).items.map((i) => i.indicatorKey)).toEqual(["a"]);
  });

  it("lists nothing when no indicator is weak or there are too few peers to judge", () => {
    expect(recommend([st("a", 1, 2, 2)])).toMatchObject({ items: [], weakCount: 0 });
    expect(recommend([])).toMatchObject({ items: [], weakCount: 0 });
  });

  it("lists nothing under a pathway whose heading the diagnosis lacks", () => {
    expect(recommendPathways([], PATH)).toEqual([{ key: "institutional_reform", bottleneck: "institutional", weakCount: 0, items: [] }]);
  });

  it("runs over the real mapping: an indicator weak under each heading is listed under its pathway", () => {
    const result = recommendPathways(diagnose([st("tech_contract_share", 3, 12), st("mining_share", 10, 11), st("urban_rate", 0, 10), st("g5_per_10k", 90, 1)]));
    expect(result.map((p) => p.items.map((i) => [i.indicatorKey, i.lines]))).toEqual([
      [["tech_contract_share", ["innovation_system"]]],
      [["mining_share", ["related_diversification"]]],
      [["urban_rate", ["urban_renewal"]]],
    ]);
  });
});
