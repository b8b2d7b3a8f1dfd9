import { describe, expect, it } from "vitest";
import {
  formatNumber,
  planNarrative,
  progressCounts,
  resolveSource,
  TARGETED_STATUSES,
  type Phrase,
  type PlannedSentence,
  type ProgressFact,
  type Quoted,
  type SummaryFacts,
  type TargetedStatus,
} from "@/lib/domain/summary/narrative";
import type { Bilingual } from "@/lib/domain/summary/standings";

// Which sentences the narrative has and what each quotes: message codes and numbers. The words are
// the messages' (lib/i18n/narrative.test.ts checks the sentences, written out by hand, in both languages).

const name = (key: string): Bilingual => ({ zh: `${key}（中）`, en: `${key} (en)` });
const unit = (en: string): Bilingual => ({ zh: en, en });

function row(indicatorKey: string, status: TargetedStatus, requiredAnnualGrowth: number | null = null, growthForm: "compound" | "linear" = "compound", decimals = 1, u = "%"): ProgressFact {
  return { indicatorKey, name: name(indicatorKey), status, base: 1, latest: 2, target: 3, requiredAnnualGrowth, growthForm, unit: unit(u), decimals };
}

function facts(overrides: Partial<SummaryFacts> = {}): SummaryFacts {
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
    progress: [
      row("rd_intensity", "achieved"),
      row("hte_count", "on_track", 0.05),
      row("sei_share", "moderate", 0.0823),
      row("energy_intensity", "moderate", -0.041, "compound", 3),
      row("park_circular", "limited", 12.5, "linear", 0),
      row("srdi_firms", "limited", 35.4, "linear", 0, "firms"),
      row("urban_rate", "deterioration", null),
      row("hv_patent_10k", "insufficient_data"),
    ],
    strengths: [
      { indicatorKey: "hte_count", name: name("hte_count"), score: 91.23, rank: 2, ranked: 20 },
      { indicatorKey: "srdi_firms", name: name("srdi_firms"), score: 80, rank: 3, ranked: 20 },
    ],
    weaknesses: [
      { indicatorKey: "mining_share", name: name("mining_share"), score: 8.04, rank: 19, ranked: 20 },
      { indicatorKey: "urban_rate", name: name("urban_rate"), score: 12.5, rank: 17, ranked: 20 },
    ],
    movers: [
      { indicatorKey: "g5_per_10k", name: name("g5_per_10k"), score: 70.34, previousScore: 58, change: 12.34 },
      { indicatorKey: "energy_intensity", name: name("energy_intensity"), score: 30, previousScore: 38.06, change: -8.06 },
    ],
    diagnosis: [
      { key: "institutional", severity: "some", assessed: 4, weak: [{ indicatorKey: "tech_contract_share", name: name("tech_contract_share") }] },
      { key: "industrial_foundation", severity: "serious", assessed: 7, weak: ["mining_share", "sei_share"].map((k) => ({ indicatorKey: k, name: name(k) })) },
      { key: "urban_functions", severity: "no_data", assessed: 0, weak: [] },
    ],
    evaluatorScores: { park_building: 4, industrial_development: 3, urban_renewal: null, green_low_carbon: 4.5 },
    grade: { proposed: "good", final: null, state: "proposed" },
    ...overrides,
  };
}

function get(plan: PlannedSentence[], id: string): PlannedSentence {
  const s = plan.find((x) => x.id === id);
  if (!s) throw new Error(`no sentence ${id} among ${plan.map((x) => x.id).join(", ")}`);
  return s;
}
const ids = (plan: PlannedSentence[]) => plan.map((s) => s.id);
const S = (code: string) => `summary.narrative.sentences.${code}`;
const P = (code: string) => `summary.narrative.parts.${code}`;
const T = (code: string) => `summary.narrative.terms.${code}`;
const fixed = (value: number, decimals: number) => ({ fixed: value, decimals });
/** The messages of a quoted list, in order. */
const codesOf = (list: Quoted | undefined) => (list as { list: Phrase[] }).list.map((p) => p.message);

/** Every sentence's sources lead to a fact that is there, and its ids are unique. */
function traceable(f: SummaryFacts): PlannedSentence[] {
  const plan = planNarrative(f);
  expect(new Set(ids(plan)).size).toBe(plan.length);
  for (const s of plan) {
    expect(s.sources.length, s.id).toBeGreaterThan(0);
    for (const source of s.sources) {
      const value = resolveSource(f, source);
      expect(value, `${s.id} → ${source}`).not.toBeUndefined();
      expect(value, `${s.id} → ${source}`).not.toBeNull();
    }
  }
  return plan;
}

describe("planNarrative with every fact present", () => {
  // Planned inside each test, so that mutation testing sees which tests cover which code.
  const planned = () => traceable(facts());

  it("plans the sentences in reading order", () => {
    const plan = planned();
    expect(ids(plan)).toEqual([
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

  it("quotes completeness as counts and a share to whole percent", () => {
    const plan = planned();
    expect(get(plan, "completeness").phrase).toEqual({
      message: S("completeness"),
      values: { year: 2024, area: { name: { zh: "铜陵示范区", en: "Tongling" } }, reported: 19, expected: 21, percent: fixed((19 / 21) * 100, 0) },
    });
    expect(get(plan, "approval").phrase).toEqual({ message: S("approval.approved"), values: undefined });
  });

  it("quotes the composite to one decimal, the performance group and the peers by level", () => {
    const plan = planned();
    expect(get(plan, "composite").phrase.values).toEqual({ area: { name: { zh: "铜陵示范区", en: "Tongling" } }, score: fixed(56.34, 1) });
    expect(get(plan, "performance").phrase).toEqual({
      message: S("performance"),
      values: { group: { message: "summary.peerNoun.city" }, label: { message: T("performance.strong"), values: undefined } },
    });
    expect(get(plan, "performance").sources).toEqual(["performance", "peerGroup"]);
  });

  it("quotes the rank and the rank range", () => {
    const plan = planned();
    expect(get(plan, "rank").phrase).toEqual({ message: S("rankRange"), values: { rank: 4, ranked: 20, group: { message: "summary.peerNoun.city" }, best: 3, worst: 6 } });
    expect(get(plan, "rank").sources).toEqual(["rank", "ranked", "peerGroup", "rankRange"]);
  });

  it("compares each dimension with the peer median as shown: above, below, level when equal to one decimal", () => {
    const plan = planned();
    const d = get(plan, "dimensions");
    expect(d.phrase.message).toBe(S("dimensions"));
    const list = d.phrase.values!.list as { list: Phrase[]; separator: string };
    expect(list.separator).toBe(P("dimensionSeparator"));
    expect(list.list.map((p) => p.message)).toEqual([P("dimensionAbove"), P("dimensionBelow"), P("dimensionLevel")]);
    expect(list.list[0]!.values).toEqual({ dimension: { message: T("dimensions.entity"), values: undefined }, score: fixed(62.06, 1), median: fixed(55, 1) });
    expect(d.sources).toEqual([
      "dimensions.entity.score",
      "dimensions.entity.peerMedian",
      "dimensions.factor.score",
      "dimensions.factor.peerMedian",
      "dimensions.structure.score",
      "dimensions.structure.peerMedian",
    ]);
  });

  it("counts the targets and those achieved or on track", () => {
    const plan = planned();
    // 8 targets; achieved 1 + on track 1
    expect(get(plan, "progress.summary").phrase).toEqual({ message: S("progressSummary"), values: { total: 8, ok: 2 } });
  });

  it("counts a target met at the period's end with those achieved, a missed one not", () => {
    const plan = traceable(facts({ progress: [row("sei_share", "met"), row("rd_intensity", "met"), row("hte_count", "missed"), row("urban_rate", "insufficient_data")] }));
    // 4 targets; met 2
    expect(get(plan, "progress.summary").phrase).toEqual({ message: S("progressSummary"), values: { total: 4, ok: 2 } });
  });

  it("gives the growth still needed for the classes that lag, in %, in points or in the indicator's unit", () => {
    const plan = planned();
    const moderate = get(plan, "progress.moderate");
    expect(moderate.phrase.message).toBe(S("progressStatus.moderate"));
    expect(moderate.phrase.values!.count).toBe(2);
    const items = (moderate.phrase.values!.list as { list: Phrase[] }).list;
    // 0.0823 → 8.23 % a year up; −0.041 → 4.1 % a year down
    expect(items[0]).toEqual({ message: P("indicatorWithGrowth"), values: { name: { name: name("sei_share") }, growth: { message: P("growth.compoundRise"), values: { value: fixed(8.23, 1) } } } });
    expect((items[1]!.values!.growth as Phrase).message).toBe(P("growth.compoundFall"));
    expect((items[1]!.values!.growth as Phrase).values!.value).toEqual(fixed(0.041 * 100, 1));
    const limited = (get(plan, "progress.limited").phrase.values!.list as { list: Phrase[] }).list;
    // linear in %: percentage points, with the indicator's decimals; linear in firms: the unit
    expect(limited[0]!.values!.growth).toEqual({ message: P("growth.pointsRise"), values: { value: fixed(12.5, 0) } });
    expect(limited[1]!.values!.growth).toEqual({ message: P("growth.linearRise"), values: { value: fixed(35.4, 0), unit: { name: unit("firms") } } });
    expect(get(plan, "progress.limited").sources).toEqual(["progress.park_circular", "progress.park_circular.requiredAnnualGrowth", "progress.srdi_firms", "progress.srdi_firms.requiredAnnualGrowth"]);
  });

  it("names an indicator alone when it is on track or its growth is unknown", () => {
    const plan = planned();
    // On track: its required growth (5 %) is not said.
    expect(get(plan, "progress.on_track").phrase.values).toEqual({ count: 1, list: { list: [{ name: name("hte_count") }] } });
    expect(get(plan, "progress.deterioration").phrase.values).toEqual({ count: 1, list: { list: [{ name: name("urban_rate") }] } });
    expect(get(plan, "progress.deterioration").sources).toEqual(["progress.urban_rate"]);
  });

  it("quotes strengths, the weakest with its rank, and the others", () => {
    const plan = planned();
    expect(get(plan, "strengths").phrase.values!.count).toBe(2);
    expect(codesOf(get(plan, "strengths").phrase.values!.list)).toEqual([P("scoredIndicator"), P("scoredIndicator")]);
    const w = get(plan, "weaknesses").phrase;
    expect(w.message).toBe(S("weaknessesAndOthers"));
    expect(w.values!.first).toEqual({ message: P("weakestScoreAndRank"), values: { score: fixed(8.04, 1), rank: 19, ranked: 20 } });
    expect(get(plan, "weaknesses").sources).toEqual(["weaknesses.mining_share.score", "weaknesses.mining_share.rank", "weaknesses.mining_share.ranked", "weaknesses.urban_rate.score"]);
  });

  it("quotes movers up and down by the size of the change, and last year", () => {
    const plan = planned();
    const m = get(plan, "movers").phrase;
    expect(m.values!.previousYear).toBe(2023);
    expect(codesOf(m.values!.list)).toEqual([P("moverUp"), P("moverDown")]);
    expect((m.values!.list as { list: Phrase[] }).list[1]!.values!.change).toEqual(fixed(8.06, 1));
  });

  it("quotes a serious bottleneck with its counts and the bottom third", () => {
    const plan = planned();
    expect(get(plan, "diagnosis.industrial_foundation").phrase).toEqual({
      message: S("diagnosisSerious"),
      values: {
        heading: { message: "summary.bottlenecks.industrial_foundation.inSentence" },
        assessed: 7,
        weak: 2,
        fraction: { message: T("bottomFraction"), values: { divisor: 3 } },
        list: { list: [{ name: name("mining_share") }, { name: name("sei_share") }] },
      },
    });
  });

  it("quotes whole evaluator scores as they are and others to one decimal", () => {
    const plan = planned();
    const items = (get(plan, "evaluator").phrase.values!.list as { list: Phrase[] }).list;
    expect(items.map((p) => p.values!.score)).toEqual([4, 3, fixed(4.5, 1)]);
    expect(get(plan, "evaluator").sources).toEqual(["evaluatorScores.park_building", "evaluatorScores.industrial_development", "evaluatorScores.green_low_carbon"]);
    expect(get(plan, "grade").phrase).toEqual({ message: S("gradeProposed"), values: { grade: { message: "grades.inSentence.good" } } });
  });
});

describe("numbers that round to nothing are left out", () => {
  it("a required growth shown as 0.0 % (0.04 %) is not said; 0.06 % shows as 0.1 % and is", () => {
    const tiny = traceable(facts({ progress: [row("sei_share", "moderate", 0.0004)] }));
    expect(get(tiny, "progress.moderate").phrase.values!.list).toEqual({ list: [{ name: name("sei_share") }] });
    const small = traceable(facts({ progress: [row("sei_share", "moderate", 0.0006)] }));
    expect(codesOf(get(small, "progress.moderate").phrase.values!.list)).toEqual([P("indicatorWithGrowth")]);
    // In units with no decimals: 0.4 shows as 0, 0.6 as 1.
    expect(get(traceable(facts({ progress: [row("srdi_firms", "limited", 0.4, "linear", 0, "firms")] })), "progress.limited").phrase.values!.list).toEqual({ list: [{ name: name("srdi_firms") }] });
    expect(codesOf(get(traceable(facts({ progress: [row("srdi_firms", "limited", 0.6, "linear", 0, "firms")] })), "progress.limited").phrase.values!.list)).toEqual([P("indicatorWithGrowth")]);
  });

  it("a change of score shown as 0.0 (0.04) is no mover; 0.06 is", () => {
    const mover = (change: number) => ({ indicatorKey: "g5_per_10k", name: name("g5_per_10k"), score: 50 + change, previousScore: 50, change });
    expect(ids(traceable(facts({ movers: [mover(0.04)] })))).not.toContain("movers");
    expect(ids(traceable(facts({ movers: [mover(-0.04)] })))).not.toContain("movers");
    expect(codesOf(get(traceable(facts({ movers: [mover(-0.06)] })), "movers").phrase.values!.list)).toEqual([P("moverDown")]);
  });
});

describe("missing facts leave sentences out", () => {
  it("no composite → no composite, performance or rank sentence, even with a stray rank", () => {
    const plan = traceable(facts({ composite: null }));
    for (const id of ["composite", "performance", "rank"]) expect(ids(plan), id).not.toContain(id);
    expect(ids(plan)).toContain("progress.summary");
  });

  it("no rank range → the plain rank; the same rank everywhere → the steady rank", () => {
    expect(get(traceable(facts({ rankRange: null })), "rank").phrase.message).toBe(S("rank"));
    expect(get(traceable(facts({ rankRange: null })), "rank").sources).toEqual(["rank", "ranked", "peerGroup"]);
    expect(get(traceable(facts({ rank: 1, rankRange: { best: 1, worst: 1 } })), "rank").phrase.message).toBe(S("rankSteady"));
  });

  it("no targets → one sentence that none is set", () => {
    const plan = traceable(facts({ progress: [] }));
    expect(ids(plan).filter((id) => id.startsWith("progress."))).toEqual(["progress.none"]);
    expect(get(plan, "progress.none").phrase.message).toBe(S("progressNone"));
  });

  it("one sentence per status class present, in the classes' order", () => {
    for (const status of TARGETED_STATUSES) {
      const plan = traceable(facts({ progress: [row("sei_share", status)] }));
      expect(ids(plan).filter((id) => id.startsWith("progress."))).toEqual(["progress.summary", `progress.${status}`]);
      expect(get(plan, `progress.${status}`).phrase.message).toBe(S(`progressStatus.${status}`));
    }
  });

  it("no previous year, or no changes → no movers; no completeness or nothing expected, no approval → none of those", () => {
    expect(ids(traceable(facts({ movers: null })))).not.toContain("movers");
    expect(ids(traceable(facts({ movers: [] })))).not.toContain("movers");
    expect(ids(traceable(facts({ completeness: null })))).not.toContain("completeness");
    expect(ids(traceable(facts({ completeness: { reported: 0, expected: 0 } })))).not.toContain("completeness");
    expect(ids(traceable(facts({ approval: null })))).not.toContain("approval");
  });

  it("a dimension without a score or median drops out; none left → no sentence", () => {
    const partial = traceable(facts({ dimensions: { entity: { score: 62, peerMedian: null }, factor: { score: null, peerMedian: 51 }, structure: { score: 40, peerMedian: 45 } } }));
    expect(get(partial, "dimensions").sources).toEqual(["dimensions.structure.score", "dimensions.structure.peerMedian"]);
    const none = traceable(facts({ dimensions: { entity: { score: null, peerMedian: 50 }, factor: { score: null, peerMedian: 50 }, structure: { score: 50, peerMedian: null } } }));
    expect(ids(none)).not.toContain("dimensions");
  });

  it("no strengths or weaknesses → none; a weakness without rank → its score alone", () => {
    const empty = traceable(facts({ strengths: [], weaknesses: [] }));
    expect(ids(empty)).not.toContain("strengths");
    expect(ids(empty)).not.toContain("weaknesses");
    const one = traceable(facts({ weaknesses: [{ indicatorKey: "mining_share", name: name("mining_share"), score: 8.04, rank: null, ranked: 0 }] }));
    expect(get(one, "weaknesses").phrase).toEqual({ message: S("weaknesses"), values: { name: { name: name("mining_share") }, first: { message: P("weakestScore"), values: { score: fixed(8.04, 1) } } } });
    expect(get(one, "weaknesses").sources).toEqual(["weaknesses.mining_share.score"]);
  });

  it("no evaluator scores → no evaluator sentence", () => {
    expect(ids(traceable(facts({ evaluatorScores: null })))).not.toContain("evaluator");
    expect(ids(traceable(facts({ evaluatorScores: { park_building: null } })))).not.toContain("evaluator");
  });
});

describe("diagnosis and grade", () => {
  const d = (key: "institutional" | "industrial_foundation" | "urban_functions", severity: SummaryFacts["diagnosis"][number]["severity"], assessed: number, weak: string[]) => ({
    key,
    severity,
    assessed,
    weak: weak.map((k) => ({ indicatorKey: k, name: name(k) })),
  });

  it("one sentence per serious bottleneck; otherwise one that none is serious, naming headings with some weakness", () => {
    const serious = traceable(facts({ diagnosis: [d("institutional", "serious", 2, ["tech_contract_share"]), d("industrial_foundation", "none", 6, []), d("urban_functions", "serious", 1, ["urban_rate"])] }));
    expect(ids(serious).filter((id) => id.startsWith("diagnosis."))).toEqual(["diagnosis.institutional", "diagnosis.urban_functions"]);
    expect(get(serious, "diagnosis.urban_functions").phrase.values).toMatchObject({ assessed: 1, weak: 1 });
    const some = traceable(facts({ diagnosis: [d("institutional", "some", 4, ["srdi_firms"]), d("industrial_foundation", "none", 6, []), d("urban_functions", "no_data", 0, [])] }));
    expect(get(some, "diagnosis.none").phrase).toEqual({ message: S("diagnosisNoneSome"), values: { headings: { list: [{ message: "summary.bottlenecks.institutional.inSentence" }] } } });
    const none = traceable(facts({ diagnosis: [d("institutional", "none", 4, []), d("urban_functions", "none", 3, [])] }));
    expect(get(none, "diagnosis.none").phrase.message).toBe(S("diagnosisNone"));
    expect(ids(traceable(facts({ diagnosis: [d("institutional", "no_data", 0, [])] }))).some((id) => id.startsWith("diagnosis"))).toBe(false);
    expect(ids(traceable(facts({ diagnosis: [] }))).some((id) => id.startsWith("diagnosis"))).toBe(false);
  });

  it("confirmed, overridden, set without a proposal, proposed, and nothing without a grade", () => {
    const grade = (g: SummaryFacts["grade"], composite: number | null = 56) => planNarrative(facts({ grade: g, composite })).find((s) => s.id === "grade");
    expect(grade({ proposed: "good", final: "good", state: "confirmed" })?.phrase).toEqual({ message: S("gradeConfirmed"), values: { grade: { message: "grades.inSentence.good" } } });
    expect(grade({ proposed: "good", final: "fair", state: "overridden" })?.phrase).toEqual({
      message: S("gradeOverridden"),
      values: { final: { message: "grades.inSentence.fair" }, proposed: { message: "grades.inSentence.good" } },
    });
    expect(grade({ proposed: "good", final: "fair", state: "overridden" })?.sources).toEqual(["grade.final", "grade.proposed"]);
    expect(grade({ proposed: null, final: "poor", state: "overridden" }, null)?.phrase.message).toBe(S("gradeSet"));
    expect(grade(null)).toBeUndefined();
    expect(grade({ proposed: null, final: null, state: "proposed" }, null)).toBeUndefined();
  });
});

describe("progressCounts, resolveSource and formatNumber", () => {
  it("counts the targeted indicators by status", () => {
    expect(progressCounts(facts().progress)).toEqual({ achieved: 1, on_track: 1, moderate: 2, limited: 2, deterioration: 1, met: 0, missed: 0, no_data_yet: 0, insufficient_data: 1, total: 8 });
  });

  it("walks objects and finds array elements by indicatorKey or key", () => {
    const f = facts();
    expect(resolveSource(f, "composite")).toBe(56.34);
    expect(resolveSource(f, "dimensions.factor.peerMedian")).toBe(51.27);
    expect(resolveSource(f, "progress.sei_share.requiredAnnualGrowth")).toBe(0.0823);
    expect(resolveSource(f, "diagnosis.industrial_foundation.assessed")).toBe(7);
    expect(resolveSource(f, "peerGroup")).toBe("city");
    expect(resolveSource(f, "progress.nope")).toBeUndefined();
    expect(resolveSource(f, "composite.deeper")).toBeUndefined();
    expect(resolveSource(facts({ composite: null }), "composite")).toBeNull();
  });

  it("rounds as the pages do and writes a true minus sign", () => {
    expect(formatNumber(56.35, 1)).toBe("56.4");
    expect(formatNumber(-4.1, 1)).toBe("−4.1");
    expect(formatNumber(-0.04, 1)).toBe("0.0");
    expect(formatNumber(12.5, 0)).toBe("13");
  });
});

describe("planNarrative: each sentence's message and values in full", () => {
  it("names the composite's message and the dimensions' separator", () => {
    const plan = traceable(facts());
    expect(get(plan, "composite").phrase).toEqual({ message: S("composite"), values: { area: { name: { zh: "铜陵示范区", en: "Tongling" } }, score: fixed(56.34, 1) } });
    expect((get(plan, "dimensions").phrase.values!.list as { separator?: string }).separator).toBe(P("dimensionSeparator"));
  });

  it("quotes each strength with its name and score, and the other weaknesses likewise", () => {
    const plan = traceable(facts());
    expect(get(plan, "strengths").phrase).toEqual({
      message: S("strengths"),
      values: {
        count: 2,
        list: {
          list: [
            { message: P("scoredIndicator"), values: { name: { name: name("hte_count") }, score: fixed(91.23, 1) } },
            { message: P("scoredIndicator"), values: { name: { name: name("srdi_firms") }, score: fixed(80, 1) } },
          ],
        },
      },
    });
    expect(get(plan, "weaknesses").phrase.values!.rest).toEqual({
      list: [{ message: P("scoredIndicator"), values: { name: { name: name("urban_rate") }, score: fixed(12.5, 1) } }],
    });
  });

  it("quotes each mover with its name and the size of its change", () => {
    const m = get(traceable(facts()), "movers");
    expect(m.phrase.message).toBe(S("movers"));
    expect(m.sources).toEqual(["year", "movers.g5_per_10k.change", "movers.energy_intensity.change"]);
    expect((m.phrase.values!.list as { list: Phrase[] }).list[0]).toEqual({ message: P("moverUp"), values: { name: { name: name("g5_per_10k") }, change: fixed(12.34, 1) } });
  });

  it("quotes each evaluator score with its aspect", () => {
    const items = (get(traceable(facts()), "evaluator").phrase.values!.list as { list: Phrase[] }).list;
    expect(get(traceable(facts()), "evaluator").phrase.message).toBe(S("evaluator"));
    expect(items[0]).toEqual({ message: P("evaluatorScore"), values: { aspect: { message: T("aspects.park_building") }, score: 4 } });
  });

  it("says that no bottleneck is serious with the bottom fraction", () => {
    const none = traceable(facts({ diagnosis: [{ key: "institutional", severity: "none", assessed: 4, weak: [] }] }));
    expect(get(none, "diagnosis.none").phrase).toEqual({ message: S("diagnosisNone"), values: { fraction: { message: T("bottomFraction"), values: { divisor: 3 } } } });
  });
});

describe("planNarrative: facts that are missing or not numbers", () => {
  it("no performance group → no performance sentence; no rank or no count → no rank sentence", () => {
    expect(ids(traceable(facts({ performance: null })))).not.toContain("performance");
    expect(ids(traceable(facts({ rank: null })))).not.toContain("rank");
    expect(ids(traceable(facts({ ranked: null })))).not.toContain("rank");
  });

  it("leaves out strengths, weaknesses and evaluator scores that are not finite numbers", () => {
    const plan = traceable(
      facts({
        strengths: [
          { indicatorKey: "hte_count", name: name("hte_count"), score: Number.NaN, rank: 2, ranked: 20 },
          { indicatorKey: "srdi_firms", name: name("srdi_firms"), score: 80, rank: 3, ranked: 20 },
        ],
        weaknesses: [
          { indicatorKey: "mining_share", name: name("mining_share"), score: Number.NaN, rank: 19, ranked: 20 },
          { indicatorKey: "urban_rate", name: name("urban_rate"), score: 12.5, rank: 17, ranked: 20 },
        ],
        evaluatorScores: { park_building: Number.NaN, urban_renewal: 3 },
      }),
    );
    expect(get(plan, "strengths").phrase.values!.count).toBe(1);
    expect(get(plan, "weaknesses").phrase.message).toBe(S("weaknesses"));
    expect(get(plan, "weaknesses").sources[0]).toBe("weaknesses.urban_rate.score");
    expect(get(plan, "evaluator").sources).toEqual(["evaluatorScores.urban_renewal"]);
  });

  it("says no growth that is not a finite number", () => {
    const plan = traceable(facts({ progress: [row("sei_share", "moderate", Number.NaN), row("hte_count", "moderate", Number.POSITIVE_INFINITY)] }));
    expect(get(plan, "progress.moderate").phrase.values!.list).toEqual({ list: [{ name: name("sei_share") }, { name: name("hte_count") }] });
  });

  it("says growth only for moderate, limited and deterioration, never for achieved, on track or insufficient data", () => {
    const statuses: TargetedStatus[] = ["achieved", "on_track", "insufficient_data", "moderate", "limited", "deterioration"];
    for (const status of statuses) {
      const plan = traceable(facts({ progress: [row("sei_share", status, 0.05)] }));
      const item = (get(plan, `progress.${status}`).phrase.values!.list as { list: Quoted[] }).list[0];
      const says = status === "moderate" || status === "limited" || status === "deterioration";
      expect(item, status).toEqual(says ? { message: P("indicatorWithGrowth"), values: { name: { name: name("sei_share") }, growth: { message: P("growth.compoundRise"), values: { value: fixed(5, 1) } } } } : { name: name("sei_share") });
    }
  });

  it("reads a unit as percent when it starts with % after trimming", () => {
    const growthOf = (u: string) =>
      ((get(traceable(facts({ progress: [row("x", "limited", 2, "linear", 1, u)] })), "progress.limited").phrase.values!.list as { list: Phrase[] }).list[0]!.values!.growth as Phrase).message;
    expect(growthOf(" %")).toBe(P("growth.pointsRise"));
    expect(growthOf("% of GDP")).toBe(P("growth.pointsRise"));
    expect(growthOf("per 10k %")).toBe(P("growth.linearRise"));
  });

  it("a serious bottleneck with no weak indicator or nothing assessed gets no sentence of its own", () => {
    const weakless = traceable(facts({ diagnosis: [{ key: "institutional", severity: "serious", assessed: 2, weak: [] }] }));
    expect(ids(weakless).filter((id) => id.startsWith("diagnosis"))).toEqual(["diagnosis.none"]);
    const unassessed = traceable(facts({ diagnosis: [{ key: "institutional", severity: "serious", assessed: 0, weak: [{ indicatorKey: "srdi_firms", name: name("srdi_firms") }] }] }));
    expect(ids(unassessed).filter((id) => id.startsWith("diagnosis"))).toEqual(["diagnosis.none"]);
  });

  it("a grade still proposed is said as proposed, whatever else is filled in", () => {
    const grade = (g: SummaryFacts["grade"]) => planNarrative(facts({ grade: g })).find((s) => s.id === "grade");
    expect(grade({ proposed: "good", final: "fair", state: "proposed" })).toEqual({
      id: "grade",
      sources: ["grade.proposed"],
      phrase: { message: S("gradeProposed"), values: { grade: { message: "grades.inSentence.good" } } },
    });
    expect(grade({ proposed: "good", final: null, state: "confirmed" })?.phrase.message).toBe(S("gradeProposed"));
    expect(grade({ proposed: "good", final: "good", state: "confirmed" })?.sources).toEqual(["grade.final"]);
    expect(grade({ proposed: null, final: "poor", state: "overridden" })).toEqual({
      id: "grade",
      sources: ["grade.final"],
      phrase: { message: S("gradeSet"), values: { final: { message: "grades.inSentence.poor" } } },
    });
  });
});

describe("resolveSource: paths that lead nowhere", () => {
  it("stops at null and at values that are not objects, and skips null array elements", () => {
    expect(resolveSource(facts({ composite: null }), "composite.deeper")).toBeUndefined();
    // A string's own properties are not facts.
    expect(resolveSource(facts(), "peerGroup.length")).toBeUndefined();
    const withNull = { ...facts(), progress: [null, row("sei_share", "moderate", 0.0823)] } as unknown as SummaryFacts;
    expect(resolveSource(withNull, "progress.sei_share.requiredAnnualGrowth")).toBe(0.0823);
  });
});
