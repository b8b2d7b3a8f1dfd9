import { describe, expect, it } from "vitest";
import { INDICATOR_CATALOGUE } from "@/db/seed/indicators";
import {
  formatNumber,
  progressCounts,
  resolveSource,
  TARGETED_STATUSES,
  type ProgressFact,
  type SummaryFacts,
  type TargetedStatus,
} from "@/lib/domain/summary/narrative";
import type { Bilingual } from "@/lib/domain/summary/standings";
import { writeNarrative as buildNarrative, type Narrative, type Sentence } from "./narrative";
import { messagesTranslator } from "./translator";

// The narrative in words: the sentences the domain plans (lib/domain/summary/narrative.test.ts checks
// which, and what each quotes), written from the messages of each language. Every expected sentence
// here is written out by hand.

// ---------------------------------------------------------------------------------------------
// Fixture: one city area in 2024, with every kind of fact present.

function name(key: string): Bilingual {
  const entry = INDICATOR_CATALOGUE.find((c) => c.key === key);
  if (!entry) throw new Error(`no indicator ${key}`);
  return { zh: entry.nameZh, en: entry.nameEn };
}

function unit(key: string): Bilingual {
  const entry = INDICATOR_CATALOGUE.find((c) => c.key === key)!;
  return { zh: entry.unitZh, en: entry.unitEn };
}

function row(
  indicatorKey: string,
  status: TargetedStatus,
  requiredAnnualGrowth: number | null = null,
  growthForm: "compound" | "linear" = "compound",
  decimals = 1,
): ProgressFact {
  return {
    indicatorKey,
    name: name(indicatorKey),
    status,
    base: 1,
    latest: 2,
    target: 3,
    requiredAnnualGrowth,
    growthForm,
    unit: unit(indicatorKey),
    decimals,
  };
}

const PROGRESS: ProgressFact[] = [
  row("rd_intensity", "achieved"),
  row("g5_per_10k", "achieved"),
  row("hte_count", "on_track", 0.05),
  // compound, higher is better: 8.23 % a year still needed
  row("sei_share", "moderate", 0.0823),
  // compound, lower is better: must fall 4.1 % a year
  row("energy_intensity", "moderate", -0.041, "compound", 3),
  // linear in %: 12.5 points a year, shown with 0 decimals → 13
  row("park_circular", "limited", 12.5, "linear", 0),
  // linear in %: 0.35 points a year
  row("net_migration_rate", "deterioration", 0.35, "linear", 2),
  // no required growth available → no clause
  row("urban_rate", "deterioration", null),
  row("hv_patent_10k", "insufficient_data"),
];

function baseFacts(): SummaryFacts {
  return {
    area: { code: "tongling", name: { zh: "铜陵示范区", en: "Tongling" } },
    year: 2024,
    completeness: { reported: 19, expected: 21 },
    approval: "approved",
    composite: 56.34,
    rank: 4,
    ranked: 20,
    rankRange: { best: 3, worst: 6 },
    performance: "strong",
    peerGroup: "city",
    dimensions: {
      entity: { score: 62.06, peerMedian: 55 },
      factor: { score: 48.2, peerMedian: 51.27 },
      // 58.71 and 58.74 both show as 58.7
      structure: { score: 58.71, peerMedian: 58.74 },
    },
    progress: PROGRESS.map((r) => ({ ...r })),
    strengths: [
      { indicatorKey: "hte_count", name: name("hte_count"), score: 91.23, rank: 2, ranked: 20 },
      { indicatorKey: "srdi_firms", name: name("srdi_firms"), score: 80, rank: 3, ranked: 20 },
      { indicatorKey: "rd_intensity", name: name("rd_intensity"), score: 75.56, rank: 5, ranked: 20 },
    ],
    weaknesses: [
      { indicatorKey: "mining_share", name: name("mining_share"), score: 8.04, rank: 19, ranked: 20 },
      { indicatorKey: "urban_rate", name: name("urban_rate"), score: 12.5, rank: 17, ranked: 20 },
      { indicatorKey: "land_tax_per_mu", name: name("land_tax_per_mu"), score: 20, rank: 16, ranked: 20 },
    ],
    movers: [
      { indicatorKey: "g5_per_10k", name: name("g5_per_10k"), score: 70.34, previousScore: 58, change: 12.34 },
      { indicatorKey: "energy_intensity", name: name("energy_intensity"), score: 30, previousScore: 38.06, change: -8.06 },
    ],
    diagnosis: [
      { key: "institutional", severity: "some", assessed: 4, weak: [{ indicatorKey: "tech_contract_share", name: name("tech_contract_share") }] },
      {
        key: "industrial_foundation",
        severity: "serious",
        assessed: 7,
        weak: ["mining_share", "sei_share", "hitech_mfg_share", "energy_intensity"].map((k) => ({ indicatorKey: k, name: name(k) })),
      },
      { key: "urban_functions", severity: "no_data", assessed: 0, weak: [] },
    ],
    evaluatorScores: { park_building: 4, industrial_development: 3, urban_renewal: null, green_low_carbon: 4.5 },
    grade: { proposed: "good", final: null, state: "proposed" },
  };
}

function facts(overrides: Partial<SummaryFacts> = {}): SummaryFacts {
  return { ...baseFacts(), ...overrides };
}

function find(list: Sentence[], id: string): Sentence | undefined {
  return list.find((s) => s.id === id);
}

function get(list: Sentence[], id: string): Sentence {
  const s = find(list, id);
  if (!s) throw new Error(`no sentence ${id} among ${list.map((x) => x.id).join(", ")}`);
  return s;
}

function ids(n: Narrative): string[] {
  return n.zh.map((s) => s.id);
}

// ---------------------------------------------------------------------------------------------
// Checks applied to every narrative built in this file.

/** Every number a sentence may show: a fact formatted, ×100 (growth in %), a count, or the scale ends. */
function allowedNumbers(f: SummaryFacts): Set<string> {
  const allowed = new Set<string>(["0", "100", "1", "5", String(f.year - 1)]);
  const add = (v: number) => {
    for (let d = 0; d <= 3; d++) {
      allowed.add(formatNumber(Math.abs(v), d));
      allowed.add(formatNumber(Math.abs(v) * 100, d));
    }
  };
  const walk = (node: unknown) => {
    if (typeof node === "number") add(node);
    else if (Array.isArray(node)) {
      add(node.length);
      node.forEach(walk);
    } else if (node !== null && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(f);
  const counts = progressCounts(f.progress);
  Object.values(counts).forEach(add);
  add(counts.achieved + counts.on_track);
  if (f.completeness && f.completeness.expected > 0) add((f.completeness.reported / f.completeness.expected) * 100);
  return allowed;
}

const PEER_NOUNS = {
  city: { zh: "城市级示范区", en: "city-level demonstration areas" },
  county: { zh: "县级示范园区", en: "county-level demonstration parks" },
};

/** Names and labels carry their own digits (5G, 10k, 65+): take them out before reading numbers. */
function withoutNames(text: string, f: SummaryFacts): string {
  const names: string[] = [f.area.name.zh, f.area.name.en, ...Object.values(PEER_NOUNS).flatMap((n) => [n.zh, n.en])];
  for (const c of INDICATOR_CATALOGUE) names.push(c.nameZh, c.nameEn, c.unitZh, c.unitEn);
  let out = text;
  for (const n of names.sort((a, b) => b.length - a.length)) out = out.split(n).join("#");
  return out;
}

function checkNarrative(f: SummaryFacts): Narrative {
  const n = buildNarrative(f);
  // The same sentences, in the same order, in both languages.
  expect(n.en.map((s) => s.id)).toEqual(n.zh.map((s) => s.id));
  n.zh.forEach((s, i) => expect(n.en[i]!.sources).toEqual(s.sources));
  expect(new Set(ids(n)).size).toBe(n.zh.length);

  const allowed = allowedNumbers(f);
  for (const s of [...n.zh, ...n.en]) {
    expect(s.sources.length, s.id).toBeGreaterThan(0);
    for (const source of s.sources) {
      const value = resolveSource(f, source);
      expect(value, `${s.id} → ${source}`).not.toBeUndefined();
      expect(value, `${s.id} → ${source}`).not.toBeNull();
    }
    for (const num of withoutNames(s.text, f).match(/\d+(?:\.\d+)?/g) ?? []) {
      expect(allowed.has(num), `${s.id}: ${num} in "${s.text}"`).toBe(true);
    }
  }
  for (const s of n.zh) {
    const bare = withoutNames(s.text, f);
    // Full-width punctuation; no spaces around numbers.
    expect(bare, s.text).not.toMatch(/[,;:()"']/);
    expect(bare, s.text).not.toMatch(/ /);
    expect(s.text.endsWith("。"), s.text).toBe(true);
  }
  for (const s of n.en) {
    expect(s.text, s.text).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    expect(s.text.endsWith("."), s.text).toBe(true);
    expect(s.text, s.text).not.toMatch(/ {2}|\s[,.;:]/);
  }
  return n;
}

// ---------------------------------------------------------------------------------------------

describe("buildNarrative with every fact present", () => {
  // Built at collection time without assertions; the checks run in the first test.
  const n = buildNarrative(facts());

  it("is traceable: same ids in both languages, sources non-null, numbers from the facts, house punctuation", () => {
    checkNarrative(facts());
  });

  it("writes the sentences in reading order", () => {
    expect(ids(n)).toEqual([
      "completeness",
      "approval",
      "composite",
      "performance",
      "rank",
      "dimensions",
      "progress.summary",
      "progress.achieved",
      "progress.on_track",
      "progress.moderate",
      "progress.limited",
      "progress.deterioration",
      "progress.insufficient_data",
      "strengths",
      "weaknesses",
      "movers",
      "diagnosis.industrial_foundation",
      "evaluator",
      "grade",
    ]);
  });

  it("states completeness, approval, composite, group and rank with their numbers", () => {
    // 19 ÷ 21 = 90.48 % → 90 %
    expect(get(n.zh, "completeness").text).toBe("2024年，铜陵示范区应报21项指标，已报19项（90%）。");
    expect(get(n.en, "completeness").text).toBe("In 2024, Tongling reported 19 of the 21 expected indicators (90%).");
    expect(get(n.zh, "approval").text).toBe("本年度数据已审核通过。");
    expect(get(n.en, "approval").text).toBe("The year's data have been approved.");
    expect(get(n.zh, "composite").text).toBe("铜陵示范区的综合指数为56.3分（0–100分）。");
    expect(get(n.en, "composite").text).toBe("Tongling has a composite score of 56.3 on a 0–100 scale.");
    expect(get(n.zh, "performance").text).toBe("与城市级示范区的平均水平相比，属“较强”组。");
    expect(get(n.en, "performance").text).toBe("Measured against the average of city-level demonstration areas, it is in the 'strong' group.");
    expect(get(n.zh, "rank").text).toBe("在20个城市级示范区中排第4位；采用其他标准化和加总方法时，名次在第3至第6位之间。");
    expect(get(n.en, "rank").text).toBe(
      "It ranks 4th of the 20 city-level demonstration areas; under the alternative normalisation and aggregation methods it ranks between 3rd and 6th.",
    );
    expect(get(n.en, "rank").sources).toEqual(["rank", "ranked", "peerGroup", "rankRange"]);
  });

  it("compares each dimension with the peer median as shown (level when equal to one decimal)", () => {
    expect(get(n.zh, "dimensions").text).toBe(
      "分维度看，主体维度62.1分，高于同组中位数55.0分；要素维度48.2分，低于同组中位数51.3分；结构维度58.7分，与同组中位数持平。",
    );
    expect(get(n.en, "dimensions").text).toBe(
      "By dimension: entity 62.1, above the peer median of 55.0; factor 48.2, below the peer median of 51.3; structure 58.7, level with the peer median.",
    );
  });

  it("summarises progress over the targeted indicators", () => {
    // 9 targets; achieved 2 + on track 1 = 3
    expect(get(n.zh, "progress.summary").text).toBe("9项指标设定了目标，其中3项已实现或进展顺利。");
    expect(get(n.en, "progress.summary").text).toBe("Targets are set for 9 indicators; 3 are achieved or on track.");
  });

  it("lists strengths, the biggest weakness, movers, the serious bottleneck, the evaluator's scores and the grade", () => {
    expect(get(n.zh, "strengths").text).toBe(
      "与同组相比，得分（0–100分）最高的指标是：高新技术企业数（91.2分）、专精特新中小企业数（80.0分）、R&D经费投入强度（75.6分）。",
    );
    expect(get(n.en, "strengths").text).toBe(
      'Relative to its peers, its strongest indicators (score 0–100) are: High-tech enterprises (91.2); "Specialised & sophisticated" SMEs (80.0); R&D expenditure, % of GDP (75.6).',
    );
    expect(get(n.zh, "weaknesses").text).toBe(
      "与同组相比，最薄弱的指标是采矿业增加值占规上工业比重（8.0分，第19/20名），其次是常住人口城镇化率（12.5分）、工业用地亩均税收（20.0分）。",
    );
    expect(get(n.en, "weaknesses").text).toBe(
      "Its biggest weakness relative to its peers is Mining, share of above-scale industry (score 8.0; 19th of 20), followed by Urbanisation of resident population (12.5); Tax per mu of industrial land (20.0).",
    );
    expect(get(n.zh, "movers").text).toBe("与2023年相比，得分变化最大的指标是：每万人拥有5G基站数（上升12.3分）、单位GDP能耗（下降8.1分）。");
    expect(get(n.en, "movers").text).toBe(
      "Compared with 2023, the largest changes in score were: 5G base stations per 10k people (up 12.3 points); Energy use per 10k yuan GDP (down 8.1 points).",
    );
    expect(get(n.zh, "diagnosis.industrial_foundation").text).toBe(
      "突出瓶颈——产业基础薄弱：有数据的7项相关指标中，4项处于同组后三分之一（采矿业增加值占规上工业比重、战略性新兴产业增加值占GDP比重、高技术制造业增加值占规上工业比重、单位GDP能耗）。",
    );
    expect(get(n.en, "diagnosis.industrial_foundation").text).toBe(
      "Serious bottleneck — weak industrial foundation: 4 of the 7 related indicators with data rank in the bottom third of the peer group (Mining, share of above-scale industry; Strategic emerging industries, share of GDP; High-tech manufacturing, share of above-scale industry; Energy use per 10k yuan GDP).",
    );
    expect(get(n.zh, "evaluator").text).toBe("评估人员定性评分（1–5分）：园区建设4分、产业发展3分、绿色低碳4.5分。");
    expect(get(n.en, "evaluator").text).toBe("The evaluator's scores (1–5): park building 4; industrial development 3; green and low-carbon development 4.5.");
    expect(get(n.en, "evaluator").sources).toEqual(["evaluatorScores.park_building", "evaluatorScores.industrial_development", "evaluatorScores.green_low_carbon"]);
    expect(get(n.zh, "grade").text).toBe("按综合得分和目标进展，建议等级为“良好”，待评估人员确认。");
    expect(get(n.en, "grade").text).toBe("On its composite score and progress towards targets, the proposed grade is 'good', pending the evaluator's confirmation.");
  });
});

describe("a sentence for each progress status class", () => {
  const n = buildNarrative(facts());
  // The end-of-period verdicts (met, missed) and "no data yet" are written alone below.
  const expected: Partial<Record<TargetedStatus, { zh: string; en: string; sources: string[] }>> = {
    achieved: {
      zh: "2项指标已实现目标：R&D经费投入强度、每万人拥有5G基站数。",
      en: "2 indicators have already reached their targets: R&D expenditure, % of GDP; 5G base stations per 10k people.",
      sources: ["progress.rd_intensity", "progress.g5_per_10k"],
    },
    on_track: {
      // the on-track row's required growth is not shown: only classes that lag get one
      zh: "1项指标进展顺利，可望按期实现目标：高新技术企业数。",
      en: "1 indicator is on track: High-tech enterprises.",
      sources: ["progress.hte_count"],
    },
    moderate: {
      // 0.0823 → 8.2 % a year up; −0.041 → 4.1 % a year down
      zh: "2项指标有进展但需加快推进：战略性新兴产业增加值占GDP比重（每年需提高8.2%）、单位GDP能耗（每年需降低4.1%）。",
      en: "2 indicators are progressing but need to speed up: Strategic emerging industries, share of GDP (needs to rise by 8.2% a year); Energy use per 10k yuan GDP (needs to fall by 4.1% a year).",
      sources: ["progress.sei_share", "progress.sei_share.requiredAnnualGrowth", "progress.energy_intensity", "progress.energy_intensity.requiredAnnualGrowth"],
    },
    limited: {
      // linear, unit %, 0 decimals: 12.5 → 13 percentage points
      zh: "1项指标进展有限：省级以上园区循环化改造比例（每年需提高13个百分点）。",
      en: "1 indicator shows limited progress: Parks with circular retrofit (needs to rise by 13 percentage points a year).",
      sources: ["progress.park_circular", "progress.park_circular.requiredAnnualGrowth"],
    },
    deterioration: {
      // urban_rate has no required growth: its name stays, without a number
      zh: "2项指标出现退步，偏离目标方向：人口净迁移率（每年需提高0.35个百分点）、常住人口城镇化率。",
      en: "2 indicators have moved away from their targets: Net migration rate (needs to rise by 0.35 percentage points a year); Urbanisation of resident population.",
      sources: ["progress.net_migration_rate", "progress.net_migration_rate.requiredAnnualGrowth", "progress.urban_rate"],
    },
    insufficient_data: {
      zh: "1项指标数据不足，暂无法评估进展：每万人口高价值发明专利拥有量。",
      en: "1 indicator lacks the data needed to assess progress: High-value invention patents per 10k people.",
      sources: ["progress.hv_patent_10k"],
    },
  };

  for (const [status, want] of Object.entries(expected)) {
    it(`${status}: names the indicators in both languages`, () => {
      const zh = get(n.zh, `progress.${status}`);
      const en = get(n.en, `progress.${status}`);
      expect(zh.text).toBe(want.zh);
      expect(en.text).toBe(want.en);
      expect(zh.sources).toEqual(want.sources);
    });
  }

  it("writes the verdicts of a period's end and a period without data yet", () => {
    const judged = checkNarrative(facts({ progress: [row("sei_share", "met"), row("hte_count", "met"), row("park_circular", "missed")] }));
    expect(get(judged.zh, "progress.met").text).toBe("2项指标期末实现目标：战略性新兴产业增加值占GDP比重、高新技术企业数。");
    expect(get(judged.en, "progress.met").text).toBe("2 indicators met their targets at the end of the period: Strategic emerging industries, share of GDP; High-tech enterprises.");
    expect(get(judged.en, "progress.missed").text).toBe("1 indicator missed its target at the end of the period: Parks with circular retrofit.");
    const early = checkNarrative(facts({ progress: [row("sei_share", "no_data_yet")] }));
    expect(get(early.zh, "progress.no_data_yet").text).toBe("1项指标本期尚无数据：战略性新兴产业增加值占GDP比重。");
  });

  it("writes each class alone when it is the only one, singular and plural", () => {
    for (const status of TARGETED_STATUSES) {
      const one = checkNarrative(facts({ progress: [row("sei_share", status)] }));
      expect(ids(one).filter((id) => id.startsWith("progress."))).toEqual(["progress.summary", `progress.${status}`]);
      expect(get(one.zh, `progress.${status}`).text).toContain("战略性新兴产业增加值占GDP比重");
      expect(get(one.en, `progress.${status}`).text).toContain("Strategic emerging industries, share of GDP");
      expect(get(one.en, `progress.${status}`).text).toMatch(/^1 indicator /);
    }
    const two = checkNarrative(facts({ progress: [row("sei_share", "limited"), row("hte_count", "limited")] }));
    expect(get(two.en, "progress.limited").text).toBe("2 indicators show limited progress: Strategic emerging industries, share of GDP; High-tech enterprises.");
    expect(get(two.en, "progress.summary").text).toBe("Targets are set for 2 indicators; 0 are achieved or on track.");
    const single = checkNarrative(facts({ progress: [row("sei_share", "achieved")] }));
    expect(get(single.en, "progress.summary").text).toBe("Targets are set for 1 indicator; 1 is achieved or on track.");
  });

  it("uses the indicator's unit for a linear growth not in %", () => {
    const linear = { ...row("hte_count", "moderate", 35.4, "linear", 0) };
    const n2 = checkNarrative(facts({ progress: [linear] }));
    expect(get(n2.zh, "progress.moderate").text).toBe("1项指标有进展但需加快推进：高新技术企业数（每年需提高35家）。");
    expect(get(n2.en, "progress.moderate").text).toBe("1 indicator is progressing but needs to speed up: High-tech enterprises (needs to rise by 35 firms a year).");
  });
});

describe("missing data leaves sentences out", () => {
  it("no composite → no composite, performance or rank sentence", () => {
    const n = checkNarrative(facts({ composite: null, rank: null, ranked: null, rankRange: null, performance: null }));
    for (const id of ["composite", "performance", "rank"]) {
      expect(find(n.zh, id), id).toBeUndefined();
      expect(find(n.en, id), id).toBeUndefined();
    }
    // Others stay.
    expect(find(n.zh, "progress.summary")).toBeDefined();
    // Even with a stray rank, no rank sentence without the composite behind it.
    const stray = checkNarrative(facts({ composite: null }));
    expect(find(stray.en, "rank")).toBeUndefined();
    expect(find(stray.en, "performance")).toBeUndefined();
  });

  it("no rank range → the rank sentence without its clause; the same rank everywhere → says so", () => {
    const noRange = checkNarrative(facts({ rankRange: null }));
    expect(get(noRange.zh, "rank").text).toBe("在20个城市级示范区中排第4位。");
    expect(get(noRange.en, "rank").text).toBe("It ranks 4th of the 20 city-level demonstration areas.");
    expect(get(noRange.en, "rank").sources).not.toContain("rankRange");
    const same = checkNarrative(facts({ rank: 1, rankRange: { best: 1, worst: 1 } }));
    expect(get(same.zh, "rank").text).toBe("在20个城市级示范区中排第1位，采用其他标准化和加总方法时名次不变。");
    expect(get(same.en, "rank").text).toBe(
      "It ranks 1st of the 20 city-level demonstration areas, and keeps that rank under the alternative normalisation and aggregation methods.",
    );
  });

  it("writes English ordinals correctly", () => {
    const cases: [number, string][] = [[2, "2nd"], [3, "3rd"], [11, "11th"], [12, "12th"], [13, "13th"], [21, "21st"], [22, "22nd"], [23, "23rd"], [101, "101st"], [111, "111th"]];
    for (const [rank, text] of cases) {
      const n = checkNarrative(facts({ rank, ranked: 120, rankRange: null }));
      expect(get(n.en, "rank").text).toBe(`It ranks ${text} of the 120 city-level demonstration areas.`);
    }
  });

  it("no targets → no progress summary or status sentence, but a 'no targets set' sentence", () => {
    const n = checkNarrative(facts({ progress: [] }));
    expect(ids(n).filter((id) => id.startsWith("progress."))).toEqual(["progress.none"]);
    expect(get(n.zh, "progress.none").text).toBe("尚未为任何指标设定目标，无法评估目标进展。");
    expect(get(n.en, "progress.none").text).toBe("No indicator has a target yet, so progress towards targets cannot be assessed.");
  });

  it("no previous year → no movers sentence; a previous year without changes → none either", () => {
    expect(find(checkNarrative(facts({ movers: null })).zh, "movers")).toBeUndefined();
    expect(find(checkNarrative(facts({ movers: [] })).en, "movers")).toBeUndefined();
    const flat = checkNarrative(facts({ movers: [{ indicatorKey: "g5_per_10k", name: name("g5_per_10k"), score: 50.02, previousScore: 50, change: 0.02 }] }));
    expect(find(flat.en, "movers")).toBeUndefined();
  });

  it("no completeness or nothing expected → no completeness sentence; no approval state → no approval sentence", () => {
    expect(find(checkNarrative(facts({ completeness: null })).zh, "completeness")).toBeUndefined();
    expect(find(checkNarrative(facts({ completeness: { reported: 0, expected: 0 } })).zh, "completeness")).toBeUndefined();
    expect(find(checkNarrative(facts({ approval: null })).zh, "approval")).toBeUndefined();
  });

  it("writes each approval state", () => {
    const texts = (["draft", "submitted", "returned"] as const).map((approval) => {
      const n = checkNarrative(facts({ approval }));
      return [get(n.zh, "approval").text, get(n.en, "approval").text];
    });
    expect(texts).toEqual([
      ["本年度数据尚未报送（草稿）。", "The year's data have not been submitted yet (draft)."],
      ["本年度数据已报送，正在等待审核。", "The year's data have been submitted and await approval."],
      ["本年度数据已退回修改。", "The year's data have been returned for correction."],
    ]);
  });

  it("a dimension without a score or median drops out of the dimension sentence; none left → no sentence", () => {
    const partial = checkNarrative(
      facts({
        dimensions: {
          entity: { score: 62.06, peerMedian: null },
          factor: { score: null, peerMedian: 51.27 },
          structure: { score: 40, peerMedian: 45 },
        },
      }),
    );
    expect(get(partial.zh, "dimensions").text).toBe("分维度看，结构维度40.0分，低于同组中位数45.0分。");
    expect(get(partial.en, "dimensions").sources).toEqual(["dimensions.structure.score", "dimensions.structure.peerMedian"]);
    const none = checkNarrative(
      facts({
        dimensions: {
          entity: { score: null, peerMedian: 50 },
          factor: { score: null, peerMedian: 50 },
          structure: { score: 50, peerMedian: null },
        },
      }),
    );
    expect(find(none.zh, "dimensions")).toBeUndefined();
  });

  it("no strengths or weaknesses → no such sentences; one strength → singular; a weakness without rank → no rank", () => {
    const empty = checkNarrative(facts({ strengths: [], weaknesses: [] }));
    expect(find(empty.zh, "strengths")).toBeUndefined();
    expect(find(empty.zh, "weaknesses")).toBeUndefined();
    const one = checkNarrative(
      facts({
        strengths: [{ indicatorKey: "hte_count", name: name("hte_count"), score: 91.23, rank: 2, ranked: 20 }],
        weaknesses: [{ indicatorKey: "mining_share", name: name("mining_share"), score: 8.04, rank: null, ranked: 0 }],
      }),
    );
    expect(get(one.en, "strengths").text).toBe("Relative to its peers, its strongest indicator (score 0–100) is: High-tech enterprises (91.2).");
    expect(get(one.zh, "weaknesses").text).toBe("与同组相比，最薄弱的指标是采矿业增加值占规上工业比重（8.0分）。");
    expect(get(one.en, "weaknesses").text).toBe("Its biggest weakness relative to its peers is Mining, share of above-scale industry (score 8.0).");
    expect(get(one.en, "weaknesses").sources).toEqual(["weaknesses.mining_share.score"]);
  });

  it("no evaluator scores → no evaluator sentence", () => {
    expect(find(checkNarrative(facts({ evaluatorScores: null })).zh, "evaluator")).toBeUndefined();
    expect(find(checkNarrative(facts({ evaluatorScores: { park_building: null } })).zh, "evaluator")).toBeUndefined();
  });
});

describe("diagnosis sentences", () => {
  const heading = (key: "institutional" | "industrial_foundation" | "urban_functions", severity: SummaryFacts["diagnosis"][number]["severity"], assessed: number, weakKeys: string[]) => ({
    key,
    severity,
    assessed,
    weak: weakKeys.map((k) => ({ indicatorKey: k, name: name(k) })),
  });

  it("writes one sentence per serious bottleneck", () => {
    const n = checkNarrative(
      facts({
        diagnosis: [
          heading("institutional", "serious", 2, ["tech_contract_share"]),
          heading("industrial_foundation", "none", 6, []),
          heading("urban_functions", "serious", 1, ["urban_rate"]),
        ],
      }),
    );
    expect(ids(n).filter((id) => id.startsWith("diagnosis."))).toEqual(["diagnosis.institutional", "diagnosis.urban_functions"]);
    expect(get(n.zh, "diagnosis.institutional").text).toBe("突出瓶颈——体制机制障碍：有数据的2项相关指标中，1项处于同组后三分之一（技术合同成交额占GDP比重）。");
    expect(get(n.en, "diagnosis.institutional").text).toBe(
      "Serious bottleneck — institutional barriers: 1 of the 2 related indicators with data ranks in the bottom third of the peer group (Technology contract turnover, % of GDP).",
    );
    expect(get(n.en, "diagnosis.urban_functions").text).toBe(
      "Serious bottleneck — lacking urban functions: the only related indicator with data, Urbanisation of resident population, ranks in the bottom third of the peer group.",
    );
  });

  it("says when no bottleneck is serious, naming headings with some weakness", () => {
    const some = checkNarrative(
      facts({ diagnosis: [heading("institutional", "some", 4, ["srdi_firms"]), heading("industrial_foundation", "none", 6, []), heading("urban_functions", "no_data", 0, [])] }),
    );
    expect(get(some.zh, "diagnosis.none").text).toBe("按三类瓶颈诊断，未发现突出瓶颈；体制机制障碍方面有个别指标偏弱。");
    expect(get(some.en, "diagnosis.none").text).toBe("The bottleneck diagnosis finds no serious constraint, though some indicators are weak under institutional barriers.");
    const none = checkNarrative(facts({ diagnosis: [heading("institutional", "none", 4, []), heading("urban_functions", "none", 3, [])] }));
    expect(get(none.zh, "diagnosis.none").text).toBe("按三类瓶颈诊断，未发现突出瓶颈，相关指标均未处于同组后三分之一。");
    expect(get(none.en, "diagnosis.none").text).toBe(
      "The bottleneck diagnosis finds no serious constraint: none of the related indicators ranks in the bottom third of the peer group.",
    );
  });

  it("writes nothing when no heading has data", () => {
    const n = checkNarrative(facts({ diagnosis: [heading("institutional", "no_data", 0, []), heading("urban_functions", "no_data", 0, [])] }));
    expect(ids(n).some((id) => id.startsWith("diagnosis"))).toBe(false);
    expect(ids(checkNarrative(facts({ diagnosis: [] }))).some((id) => id.startsWith("diagnosis"))).toBe(false);
  });
});

describe("grade sentence", () => {
  it("confirmed, overridden, overridden without a proposal, and no grade at all", () => {
    const confirmed = checkNarrative(facts({ grade: { proposed: "good", final: "good", state: "confirmed" } }));
    expect(get(confirmed.zh, "grade").text).toBe("评估人员确认的等级为“良好”。");
    expect(get(confirmed.en, "grade").text).toBe("The evaluator has confirmed the grade 'good'.");
    const overridden = checkNarrative(facts({ grade: { proposed: "good", final: "fair", state: "overridden" } }));
    expect(get(overridden.zh, "grade").text).toBe("评估人员将等级改定为“一般”（建议等级为“良好”）。");
    expect(get(overridden.en, "grade").text).toBe("The evaluator set the grade to 'fair' (proposed: 'good').");
    expect(get(overridden.en, "grade").sources).toEqual(["grade.final", "grade.proposed"]);
    const bare = checkNarrative(facts({ composite: null, grade: { proposed: null, final: "poor", state: "overridden" } }));
    expect(get(bare.zh, "grade").text).toBe("评估人员评定的等级为“较差”。");
    expect(get(bare.en, "grade").sources).toEqual(["grade.final"]);
    expect(find(checkNarrative(facts({ grade: null })).zh, "grade")).toBeUndefined();
    // No composite → no proposal → nothing to say until the evaluator decides.
    expect(find(checkNarrative(facts({ composite: null, grade: { proposed: null, final: null, state: "proposed" } })).zh, "grade")).toBeUndefined();
    const excellent = checkNarrative(facts({ grade: { proposed: "excellent", final: null, state: "proposed" } }));
    expect(get(excellent.zh, "grade").text).toContain("“优秀”");
  });
});

describe("a sparse area: only what is known is said", () => {
  it("keeps just the sentences whose facts exist, all traceable", () => {
    const n = checkNarrative({
      area: { code: "x", name: { zh: "某示范园区", en: "Some park" } },
      year: 2021,
      completeness: { reported: 3, expected: 21 },
      approval: "draft",
      composite: null,
      rank: null,
      ranked: null,
      rankRange: null,
      performance: null,
      peerGroup: "county",
      dimensions: { entity: { score: null, peerMedian: 40 }, factor: { score: null, peerMedian: 41 }, structure: { score: null, peerMedian: 42 } },
      progress: [],
      strengths: [],
      weaknesses: [],
      movers: null,
      diagnosis: [],
      evaluatorScores: null,
      grade: null,
    });
    expect(ids(n)).toEqual(["completeness", "approval", "progress.none"]);
    // 3 ÷ 21 = 14.29 % → 14 %
    expect(get(n.en, "completeness").text).toBe("In 2021, Some park reported 3 of the 21 expected indicators (14%).");
  });
});

describe("the narrative's words at the edges", () => {
  it("calls county-level peers parks", () => {
    const n = checkNarrative(facts({ peerGroup: "county", rank: 2, ranked: 7, rankRange: null }));
    expect(get(n.zh, "rank").text).toBe("在7个县级示范园区中排第2位。");
    expect(get(n.en, "rank").text).toBe("It ranks 2nd of the 7 county-level demonstration parks.");
    expect(get(n.en, "performance").text).toBe("Measured against the average of county-level demonstration parks, it is in the 'strong' group.");
  });

  it("writes ranks and counts of a national group without grouping digits", () => {
    const n = checkNarrative(facts({ rank: 1012, ranked: 1500, rankRange: { best: 1001, worst: 1013 } }));
    expect(get(n.en, "rank").text).toBe(
      "It ranks 1012th of the 1500 city-level demonstration areas; under the alternative normalisation and aggregation methods it ranks between 1001st and 1013th.",
    );
    expect(get(n.zh, "rank").text).toBe("在1500个城市级示范区中排第1012位；采用其他标准化和加总方法时，名次在第1001至第1013位之间。");
  });

  it("names other fractions than a third, should the rule change", () => {
    const fraction = (divisor: number, locale: "zh" | "en") => messagesTranslator(locale)("summary.narrative.terms.bottomFraction", { divisor });
    expect([2, 3, 4, 5, 7].map((d) => fraction(d, "en"))).toEqual(["half", "third", "quarter", "fifth", "1/7"]);
    expect([2, 3, 4, 5, 7].map((d) => fraction(d, "zh"))).toEqual(["二分之一", "三分之一", "四分之一", "五分之一", "7分之一"]);
  });

  it("leaves no message key in any sentence", () => {
    const n = buildNarrative(facts());
    for (const s of [...n.zh, ...n.en]) expect(s.text, s.id).not.toMatch(/summary\.|grades\.|[{}]/);
  });
});
