import { SCORED_DIMENSIONS, type Performance, type ScoredDimension } from "../composite";
import type { SUBMISSION_STATUSES } from "../enums";
import { roundScore } from "../peer-compare";
import type { ProgressStatus } from "../progress";
import { DIAGNOSIS_THRESHOLDS, type BottleneckKey, type BottleneckSeverity } from "./bottlenecks";
import type { Grade } from "./grades";
import type { Bilingual } from "./standings";

// The generated paragraph of the evaluation summary. Template-based: each sentence names the facts it
// shows (`sources`), every number in it is one of those facts (or a count or share of them), and a
// sentence whose number is missing is left out rather than written with a gap. This module decides
// which sentences there are and what each quotes, as message codes with their values; the words are
// the messages of each language (summary.narrative in lib/i18n/messages), and lib/i18n/narrative.ts
// writes them. Both languages get the same sentence ids, so a page can pair them.

export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
/** The statuses an indicator with a target can have ("substantial" exists only without a target). */
export type TargetedStatus = Exclude<ProgressStatus, "substantial">;
export const TARGETED_STATUSES: readonly TargetedStatus[] = [
  "achieved",
  "on_track",
  "moderate",
  "limited",
  "deterioration",
  "met",
  "missed",
  "no_data_yet",
  "insufficient_data",
];

export { QUALITATIVE_ASPECTS } from "../enums";
import { QUALITATIVE_ASPECTS } from "../enums";
export type QualitativeAspect = (typeof QUALITATIVE_ASPECTS)[number];

/** Decimals used in the sentences: scores and score changes, shares in percent, required growth in percent. */
export const NARRATIVE_DECIMALS = { score: 1, percent: 0, growthPercent: 1 } as const;

export type NamedIndicator = { indicatorKey: string; name: Bilingual };

export type ProgressFact = NamedIndicator & {
  status: TargetedStatus;
  base: number | null;
  latest: number | null;
  target: number | null;
  /** As ProgressResult.requiredAnnualGrowth: a fraction a year (compound form) or units a year (linear). */
  requiredAnnualGrowth: number | null;
  growthForm: "compound" | "linear";
  unit: Bilingual;
  /** The indicator's display decimals (used for linear growth in units). */
  decimals: number;
};

export type StandingFact = NamedIndicator & { score: number; rank: number | null; ranked: number };

export type MoverFact = NamedIndicator & { score: number; previousScore: number; change: number };

export type DiagnosisFact = {
  key: BottleneckKey;
  severity: BottleneckSeverity;
  /** Related indicators with a verdict. */
  assessed: number;
  weak: NamedIndicator[];
};

export type GradeFact = {
  proposed: Grade | null;
  /** The evaluator's grade; null while only proposed. */
  final: Grade | null;
  state: "proposed" | "confirmed" | "overridden";
};

export type SummaryFacts = {
  area: { code: string; name: Bilingual };
  year: number;
  completeness: { reported: number; expected: number } | null;
  approval: SubmissionStatus | null;
  /** 0–100. */
  composite: number | null;
  rank: number | null;
  ranked: number | null;
  rankRange: { best: number; worst: number } | null;
  performance: Performance | null;
  /** The level the peers share: the sentences call them "city-level demonstration areas" or "county-level demonstration parks". */
  peerGroup: "city" | "county";
  dimensions: Record<ScoredDimension, { score: number | null; peerMedian: number | null }>;
  /** Every indicator with a target, in display order. */
  progress: ProgressFact[];
  strengths: StandingFact[];
  /** Weakest first. */
  weaknesses: StandingFact[];
  /** null = no previous year to compare with. */
  movers: MoverFact[] | null;
  diagnosis: DiagnosisFact[];
  /** 1–5 each; null = not entered. */
  evaluatorScores: Partial<Record<QualitativeAspect, number | null>> | null;
  grade: GradeFact | null;
};

/**
 * What a sentence quotes: a whole number as it is (a count, a year, a rank), a number rounded to
 * fixed decimals as the pages show it, a name stored in both languages, another message, or a list
 * of any of these (in the language's list separator, or the message `separator` names).
 */
export type Quoted = number | { fixed: number; decimals: number } | { name: Bilingual } | Phrase | { list: Quoted[]; separator?: string };

/** A message of the catalogue, by its key, with the values it quotes. */
export type Phrase = { message: string; values?: Record<string, Quoted> };

/** One sentence: its id, the facts it quotes (paths into SummaryFacts) and its message. */
export type PlannedSentence = {
  id: string;
  /** Paths into SummaryFacts; array elements are addressed by indicatorKey or key ("progress.rd_intensity"). */
  sources: string[];
  phrase: Phrase;
};

export type ProgressCounts = Record<TargetedStatus, number> & { total: number };

export function progressCounts(rows: ProgressFact[]): ProgressCounts {
  const counts = { achieved: 0, on_track: 0, moderate: 0, limited: 0, deterioration: 0, met: 0, missed: 0, no_data_yet: 0, insufficient_data: 0, total: 0 };
  for (const r of rows) {
    counts[r.status] += 1;
    counts.total += 1;
  }
  return counts;
}

/** The value a source path points at (undefined when the path leads nowhere). */
export function resolveSource(facts: SummaryFacts, path: string): unknown {
  let node: unknown = facts;
  for (const part of path.split(".")) {
    if (Array.isArray(node)) {
      node = node.find((el: unknown) => {
        const rec = el as { indicatorKey?: unknown; key?: unknown } | null;
        return rec !== null && typeof rec === "object" && (rec.indicatorKey === part || rec.key === part);
      });
    } else if (node !== null && typeof node === "object") {
      node = (node as Record<string, unknown>)[part];
    } else {
      return undefined;
    }
    if (node === undefined) return undefined;
  }
  return node;
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** Fixed decimals, rounded as the pages round (roundScore); a true minus sign. */
export function formatNumber(value: number, decimals: number): string {
  const text = roundScore(value, decimals)!.toFixed(decimals);
  return text.startsWith("-") ? `−${text.slice(1)}` : text;
}

/** Whether a number shown with these decimals reads as zero. */
const showsAsZero = (value: number, decimals: number) => Number(formatNumber(value, decimals)) === 0;

const score = (v: number): Quoted => ({ fixed: v, decimals: NARRATIVE_DECIMALS.score });

// ---------------------------------------------------------------------------------------------
// Sentences

const SENTENCE = "summary.narrative.sentences";
const PART = "summary.narrative.parts";
const TERM = "summary.narrative.terms";

const sentence = (id: string, sources: string[], message: string, values?: Record<string, Quoted>): PlannedSentence => ({
  id,
  sources,
  phrase: { message: `${SENTENCE}.${message}`, values },
});
const part = (message: string, values?: Record<string, Quoted>): Phrase => ({ message: `${PART}.${message}`, values });
const term = (message: string, values?: Record<string, Quoted>): Phrase => ({ message: `${TERM}.${message}`, values });
const peers = (f: SummaryFacts): Phrase => ({ message: `summary.peerNoun.${f.peerGroup}` });
const gradeTerm = (g: Grade): Phrase => ({ message: `grades.inSentence.${g}` });
const bottom = (): Phrase => term("bottomFraction", { divisor: DIAGNOSIS_THRESHOLDS.bottomDivisor });
const heading = (key: BottleneckKey): Phrase => ({ message: `summary.bottlenecks.${key}.inSentence` });

function completeness(f: SummaryFacts): PlannedSentence | null {
  const c = f.completeness;
  if (!c || c.expected <= 0) return null;
  return sentence("completeness", ["year", "area.name", "completeness.reported", "completeness.expected"], "completeness", {
    year: f.year,
    area: { name: f.area.name },
    reported: c.reported,
    expected: c.expected,
    percent: { fixed: (c.reported / c.expected) * 100, decimals: NARRATIVE_DECIMALS.percent },
  });
}

function approval(f: SummaryFacts): PlannedSentence | null {
  if (f.approval === null) return null;
  return sentence("approval", ["approval"], `approval.${f.approval}`);
}

function composite(f: SummaryFacts): PlannedSentence | null {
  if (f.composite === null) return null;
  return sentence("composite", ["area.name", "composite"], "composite", { area: { name: f.area.name }, score: score(f.composite) });
}

function performance(f: SummaryFacts): PlannedSentence | null {
  if (f.composite === null || f.performance === null) return null;
  return sentence("performance", ["performance", "peerGroup"], "performance", { group: peers(f), label: term(`performance.${f.performance}`) });
}

function rank(f: SummaryFacts): PlannedSentence | null {
  // A rank without a composite would have nothing behind it.
  if (f.composite === null || f.rank === null || f.ranked === null) return null;
  const values = { rank: f.rank, ranked: f.ranked, group: peers(f) };
  const range = f.rankRange;
  if (!range) return sentence("rank", ["rank", "ranked", "peerGroup"], "rank", values);
  const sources = ["rank", "ranked", "peerGroup", "rankRange"];
  if (range.best === range.worst) return sentence("rank", sources, "rankSteady", values);
  return sentence("rank", sources, "rankRange", { ...values, best: range.best, worst: range.worst });
}

function dimensions(f: SummaryFacts): PlannedSentence | null {
  const items: Quoted[] = [];
  const sources: string[] = [];
  for (const dim of SCORED_DIMENSIONS) {
    const { score: s, peerMedian: m } = f.dimensions[dim];
    if (s === null || m === null) continue;
    sources.push(`dimensions.${dim}.score`, `dimensions.${dim}.peerMedian`);
    // Compared as shown, so the words never contradict the numbers beside them.
    const diff = roundScore(s)! - roundScore(m)!;
    const values = { dimension: term(`dimensions.${dim}`), score: score(s), median: score(m) };
    items.push(part(diff > 0 ? "dimensionAbove" : diff < 0 ? "dimensionBelow" : "dimensionLevel", values));
  }
  if (items.length === 0) return null;
  return sentence("dimensions", sources, "dimensions", { list: { list: items, separator: `${PART}.dimensionSeparator` } });
}

function progressSummary(f: SummaryFacts): PlannedSentence {
  if (f.progress.length === 0) return sentence("progress.none", ["progress"], "progressNone");
  const counts = progressCounts(f.progress);
  // A target met at the end of a closed period counts as achieved, as in the proposed grade.
  return sentence("progress.summary", ["progress"], "progressSummary", { total: counts.total, ok: counts.achieved + counts.on_track + counts.met });
}

/** "needs to rise by 8.2% a year", or null when the number is missing or rounds to nothing. */
function requiredGrowth(row: ProgressFact): Phrase | null {
  const r = row.requiredAnnualGrowth;
  if (r === null || !Number.isFinite(r)) return null;
  const direction = r > 0 ? "Rise" : "Fall";
  if (row.growthForm === "compound") {
    const value = Math.abs(r) * 100;
    if (showsAsZero(value, NARRATIVE_DECIMALS.growthPercent)) return null;
    return part(`growth.compound${direction}`, { value: { fixed: value, decimals: NARRATIVE_DECIMALS.growthPercent } });
  }
  const value = Math.abs(r);
  if (showsAsZero(value, row.decimals)) return null;
  // A linear series in % moves in percentage points.
  const points = row.unit.en.trim().startsWith("%");
  const fixed = { fixed: value, decimals: row.decimals };
  return points ? part(`growth.points${direction}`, { value: fixed }) : part(`growth.linear${direction}`, { value: fixed, unit: { name: row.unit } });
}

/** Only the classes that lag say how much growth they still need. */
const SAYS_GROWTH: Record<TargetedStatus, boolean> = {
  achieved: false,
  on_track: false,
  moderate: true,
  limited: true,
  deterioration: true,
  met: false,
  missed: false,
  no_data_yet: false,
  insufficient_data: false,
};

function progressByStatus(f: SummaryFacts): PlannedSentence[] {
  return TARGETED_STATUSES.flatMap((status) => {
    const rows = f.progress.filter((r) => r.status === status);
    if (rows.length === 0) return [];
    const sources: string[] = [];
    const items = rows.map((row): Quoted => {
      sources.push(`progress.${row.indicatorKey}`);
      const growth = SAYS_GROWTH[status] ? requiredGrowth(row) : null;
      if (!growth) return { name: row.name };
      sources.push(`progress.${row.indicatorKey}.requiredAnnualGrowth`);
      return part("indicatorWithGrowth", { name: { name: row.name }, growth });
    });
    return [sentence(`progress.${status}`, sources, `progressStatus.${status}`, { count: rows.length, list: { list: items } })];
  });
}

const scoredIndicator = (s: { name: Bilingual; score: number }): Phrase => part("scoredIndicator", { name: { name: s.name }, score: score(s.score) });

function strengths(f: SummaryFacts): PlannedSentence | null {
  const items = f.strengths.filter((s) => Number.isFinite(s.score));
  if (items.length === 0) return null;
  return sentence("strengths", items.map((s) => `strengths.${s.indicatorKey}.score`), "strengths", { count: items.length, list: { list: items.map(scoredIndicator) } });
}

function weaknesses(f: SummaryFacts): PlannedSentence | null {
  const items = f.weaknesses.filter((s) => Number.isFinite(s.score));
  const [first, ...rest] = items;
  if (!first) return null;
  const sources = [`weaknesses.${first.indicatorKey}.score`];
  let figures = part("weakestScore", { score: score(first.score) });
  if (first.rank !== null) {
    sources.push(`weaknesses.${first.indicatorKey}.rank`, `weaknesses.${first.indicatorKey}.ranked`);
    figures = part("weakestScoreAndRank", { score: score(first.score), rank: first.rank, ranked: first.ranked });
  }
  const values = { name: { name: first.name }, first: figures };
  if (rest.length === 0) return sentence("weaknesses", sources, "weaknesses", values);
  sources.push(...rest.map((s) => `weaknesses.${s.indicatorKey}.score`));
  return sentence("weaknesses", sources, "weaknessesAndOthers", { ...values, rest: { list: rest.map(scoredIndicator) } });
}

function movers(f: SummaryFacts): PlannedSentence | null {
  if (f.movers === null) return null;
  const items = f.movers.filter((m) => Number.isFinite(m.change) && !showsAsZero(Math.abs(m.change), NARRATIVE_DECIMALS.score));
  if (items.length === 0) return null;
  return sentence("movers", ["year", ...items.map((m) => `movers.${m.indicatorKey}.change`)], "movers", {
    previousYear: f.year - 1,
    list: { list: items.map((m) => part(m.change > 0 ? "moverUp" : "moverDown", { name: { name: m.name }, change: score(Math.abs(m.change)) })) },
  });
}

function diagnosis(f: SummaryFacts): PlannedSentence[] {
  const serious = f.diagnosis.filter((d) => d.severity === "serious" && d.weak.length > 0 && d.assessed > 0);
  if (serious.length > 0) {
    return serious.map((d) =>
      sentence(`diagnosis.${d.key}`, [`diagnosis.${d.key}.severity`, `diagnosis.${d.key}.assessed`, `diagnosis.${d.key}.weak`], "diagnosisSerious", {
        heading: heading(d.key),
        assessed: d.assessed,
        weak: d.weak.length,
        fraction: bottom(),
        list: { list: d.weak.map((i) => ({ name: i.name })) },
      }),
    );
  }
  if (!f.diagnosis.some((d) => d.severity !== "no_data")) return [];
  const some = f.diagnosis.filter((d) => d.severity === "some");
  if (some.length > 0) return [sentence("diagnosis.none", ["diagnosis"], "diagnosisNoneSome", { headings: { list: some.map((d) => heading(d.key)) } })];
  return [sentence("diagnosis.none", ["diagnosis"], "diagnosisNone", { fraction: bottom() })];
}

function evaluator(f: SummaryFacts): PlannedSentence | null {
  const scores = f.evaluatorScores;
  if (!scores) return null;
  const entered = QUALITATIVE_ASPECTS.flatMap((aspect) => {
    const v = scores[aspect];
    return v === null || v === undefined || !Number.isFinite(v) ? [] : [{ aspect, score: Number.isInteger(v) ? v : { fixed: v, decimals: 1 } }];
  });
  if (entered.length === 0) return null;
  return sentence("evaluator", entered.map((e) => `evaluatorScores.${e.aspect}`), "evaluator", {
    list: { list: entered.map((e) => part("evaluatorScore", { aspect: term(`aspects.${e.aspect}`), score: e.score })) },
  });
}

function grade(f: SummaryFacts): PlannedSentence | null {
  const g = f.grade;
  if (!g) return null;
  if (g.state !== "proposed" && g.final !== null) {
    if (g.state === "confirmed") return sentence("grade", ["grade.final"], "gradeConfirmed", { grade: gradeTerm(g.final) });
    if (g.proposed !== null) {
      return sentence("grade", ["grade.final", "grade.proposed"], "gradeOverridden", { final: gradeTerm(g.final), proposed: gradeTerm(g.proposed) });
    }
    return sentence("grade", ["grade.final"], "gradeSet", { final: gradeTerm(g.final) });
  }
  if (g.proposed === null) return null;
  return sentence("grade", ["grade.proposed"], "gradeProposed", { grade: gradeTerm(g.proposed) });
}

/** The narrative's sentences in reading order, each with the facts it quotes and its message. */
export function planNarrative(facts: SummaryFacts): PlannedSentence[] {
  return [
    completeness(facts),
    approval(facts),
    composite(facts),
    performance(facts),
    rank(facts),
    dimensions(facts),
    progressSummary(facts),
    ...progressByStatus(facts),
    strengths(facts),
    weaknesses(facts),
    movers(facts),
    ...diagnosis(facts),
    evaluator(facts),
    grade(facts),
  ].filter((s): s is PlannedSentence => s !== null);
}
