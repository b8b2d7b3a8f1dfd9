import { SCORED_DIMENSIONS, type Performance, type ScoredDimension } from "../composite";
import type { SUBMISSION_STATUSES } from "../enums";
import { roundScore } from "../peer-compare";
import type { ProgressStatus } from "../progress";
import { DIAGNOSIS_THRESHOLDS, type BottleneckKey, type BottleneckSeverity } from "./bottlenecks";
import { GRADE_LABELS, type Grade } from "./grades";
import type { Bilingual } from "./standings";

// The generated paragraph of the evaluation summary, in Chinese and English. Template-based: each
// sentence names the facts it shows (`sources`), every number in it is one of those facts formatted
// (or a count or share of them), and a sentence whose number is missing is left out rather than
// written with a gap. Both languages carry the same sentence ids, so a page can pair them.

export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
/** The statuses an indicator with a target can have ("substantial" exists only without a target). */
export type TargetedStatus = Exclude<ProgressStatus, "substantial">;
export const TARGETED_STATUSES: readonly TargetedStatus[] = [
  "achieved",
  "on_track",
  "moderate",
  "limited",
  "deterioration",
  "insufficient_data",
];

export { QUALITATIVE_ASPECTS } from "../enums";
import { QUALITATIVE_ASPECTS } from "../enums";
export type QualitativeAspect = (typeof QUALITATIVE_ASPECTS)[number];
export const QUALITATIVE_ASPECT_LABELS: Record<QualitativeAspect, Bilingual> = {
  park_building: { zh: "园区建设", en: "park building" },
  industrial_development: { zh: "产业发展", en: "industrial development" },
  urban_renewal: { zh: "城市更新", en: "urban renewal" },
  green_low_carbon: { zh: "绿色低碳", en: "green and low-carbon development" },
};

export const DIMENSION_LABELS: Record<ScoredDimension, Bilingual> = {
  entity: { zh: "主体", en: "entity" },
  factor: { zh: "要素", en: "factor" },
  structure: { zh: "结构", en: "structure" },
};

export const PERFORMANCE_LABELS: Record<Performance, Bilingual> = {
  leader: { zh: "领先", en: "leader" },
  strong: { zh: "较强", en: "strong" },
  moderate: { zh: "中等", en: "moderate" },
  emerging: { zh: "追赶", en: "emerging" },
};

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
  name: Bilingual;
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
  /** A countable noun phrase: zh "城市级示范区", en "city-level demonstration areas". */
  peerGroup: Bilingual;
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

export type Sentence = {
  id: string;
  text: string;
  /** Paths into SummaryFacts; array elements are addressed by indicatorKey or key ("progress.rd_intensity"). */
  sources: string[];
};

export type Narrative = { zh: Sentence[]; en: Sentence[] };

export type ProgressCounts = Record<TargetedStatus, number> & { total: number };

export function progressCounts(rows: ProgressFact[]): ProgressCounts {
  const counts = { achieved: 0, on_track: 0, moderate: 0, limited: 0, deterioration: 0, insufficient_data: 0, total: 0 };
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
// Formatting

/** Fixed decimals, rounded as the pages round (roundScore); a true minus sign. */
export function formatNumber(value: number, decimals: number): string {
  const text = roundScore(value, decimals)!.toFixed(decimals);
  return text.startsWith("-") ? `−${text.slice(1)}` : text;
}

const score = (v: number) => formatNumber(v, NARRATIVE_DECIMALS.score);

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

const indicators = (n: number) => (n === 1 ? "indicator" : "indicators");
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const FRACTIONS: Record<number, Bilingual> = {
  2: { zh: "二分之一", en: "half" },
  3: { zh: "三分之一", en: "third" },
  4: { zh: "四分之一", en: "quarter" },
  5: { zh: "五分之一", en: "fifth" },
};
const BOTTOM = FRACTIONS[DIAGNOSIS_THRESHOLDS.bottomDivisor] ?? {
  zh: `${DIAGNOSIS_THRESHOLDS.bottomDivisor}分之一`,
  en: `1/${DIAGNOSIS_THRESHOLDS.bottomDivisor}`,
};

// ---------------------------------------------------------------------------------------------
// Sentences

type Pair = { id: string; sources: string[]; zh: string; en: string };

function completeness(f: SummaryFacts): Pair | null {
  const c = f.completeness;
  if (!c || c.expected <= 0) return null;
  const p = formatNumber((c.reported / c.expected) * 100, NARRATIVE_DECIMALS.percent);
  return {
    id: "completeness",
    sources: ["year", "area.name", "completeness.reported", "completeness.expected"],
    zh: `${f.year}年，${f.area.name.zh}应报${c.expected}项指标，已报${c.reported}项（${p}%）。`,
    en: `In ${f.year}, ${f.area.name.en} reported ${c.reported} of the ${c.expected} expected indicators (${p}%).`,
  };
}

const APPROVAL_TEXT: Record<SubmissionStatus, Bilingual> = {
  draft: { zh: "本年度数据尚未报送（草稿）。", en: "The year's data have not been submitted yet (draft)." },
  submitted: { zh: "本年度数据已报送，正在等待审核。", en: "The year's data have been submitted and await approval." },
  approved: { zh: "本年度数据已审核通过。", en: "The year's data have been approved." },
  returned: { zh: "本年度数据已退回修改。", en: "The year's data have been returned for correction." },
};

function approval(f: SummaryFacts): Pair | null {
  if (f.approval === null) return null;
  return { id: "approval", sources: ["approval"], ...APPROVAL_TEXT[f.approval] };
}

function composite(f: SummaryFacts): Pair | null {
  if (f.composite === null) return null;
  const c = score(f.composite);
  return {
    id: "composite",
    sources: ["area.name", "composite"],
    zh: `${f.area.name.zh}的综合指数为${c}分（0–100分）。`,
    en: `${f.area.name.en} has a composite score of ${c} on a 0–100 scale.`,
  };
}

function performance(f: SummaryFacts): Pair | null {
  if (f.composite === null || f.performance === null) return null;
  const label = PERFORMANCE_LABELS[f.performance];
  return {
    id: "performance",
    sources: ["performance", "peerGroup"],
    zh: `与${f.peerGroup.zh}的平均水平相比，属“${label.zh}”组。`,
    en: `Measured against the average of ${f.peerGroup.en}, it is in the '${label.en}' group.`,
  };
}

function rank(f: SummaryFacts): Pair | null {
  // A rank without a composite would have nothing behind it.
  if (f.composite === null || f.rank === null || f.ranked === null) return null;
  const sources = ["rank", "ranked", "peerGroup"];
  let zh = `在${f.ranked}个${f.peerGroup.zh}中排第${f.rank}位`;
  let en = `It ranks ${ordinal(f.rank)} of the ${f.ranked} ${f.peerGroup.en}`;
  const range = f.rankRange;
  if (range) {
    sources.push("rankRange");
    if (range.best === range.worst) {
      zh += "，采用其他标准化和加总方法时名次不变";
      en += ", and keeps that rank under the alternative normalisation and aggregation methods";
    } else {
      zh += `；采用其他标准化和加总方法时，名次在第${range.best}至第${range.worst}位之间`;
      en += `; under the alternative normalisation and aggregation methods it ranks between ${ordinal(range.best)} and ${ordinal(range.worst)}`;
    }
  }
  return { id: "rank", sources, zh: `${zh}。`, en: `${en}.` };
}

function dimensions(f: SummaryFacts): Pair | null {
  const zh: string[] = [];
  const en: string[] = [];
  const sources: string[] = [];
  for (const dim of SCORED_DIMENSIONS) {
    const { score: s, peerMedian: m } = f.dimensions[dim];
    if (s === null || m === null) continue;
    sources.push(`dimensions.${dim}.score`, `dimensions.${dim}.peerMedian`);
    const label = DIMENSION_LABELS[dim];
    // Compared as shown, so the words never contradict the numbers beside them.
    const diff = roundScore(s)! - roundScore(m)!;
    if (diff > 0) {
      zh.push(`${label.zh}维度${score(s)}分，高于同组中位数${score(m)}分`);
      en.push(`${label.en} ${score(s)}, above the peer median of ${score(m)}`);
    } else if (diff < 0) {
      zh.push(`${label.zh}维度${score(s)}分，低于同组中位数${score(m)}分`);
      en.push(`${label.en} ${score(s)}, below the peer median of ${score(m)}`);
    } else {
      zh.push(`${label.zh}维度${score(s)}分，与同组中位数持平`);
      en.push(`${label.en} ${score(s)}, level with the peer median`);
    }
  }
  if (zh.length === 0) return null;
  return { id: "dimensions", sources, zh: `分维度看，${zh.join("；")}。`, en: `By dimension: ${en.join("; ")}.` };
}

function progressSummary(f: SummaryFacts): Pair {
  if (f.progress.length === 0) {
    return {
      id: "progress.none",
      sources: ["progress"],
      zh: "尚未为任何指标设定目标，无法评估目标进展。",
      en: "No indicator has a target yet, so progress towards targets cannot be assessed.",
    };
  }
  const counts = progressCounts(f.progress);
  const ok = counts.achieved + counts.on_track;
  return {
    id: "progress.summary",
    sources: ["progress"],
    zh: `${counts.total}项指标设定了目标，其中${ok}项已实现或进展顺利。`,
    en: `Targets are set for ${counts.total} ${indicators(counts.total)}; ${ok} ${ok === 1 ? "is" : "are"} achieved or on track.`,
  };
}

/** "needs to rise by 8.2% a year", or null when the number is missing or rounds to nothing. */
function requiredGrowth(row: ProgressFact): Bilingual | null {
  const r = row.requiredAnnualGrowth;
  if (r === null || !Number.isFinite(r)) return null;
  const rise = r > 0;
  if (row.growthForm === "compound") {
    const v = formatNumber(Math.abs(r) * 100, NARRATIVE_DECIMALS.growthPercent);
    if (Number(v) === 0) return null;
    return { zh: `每年需${rise ? "提高" : "降低"}${v}%`, en: `needs to ${rise ? "rise" : "fall"} by ${v}% a year` };
  }
  const v = formatNumber(Math.abs(r), row.decimals);
  if (Number(v) === 0) return null;
  // A linear series in % moves in percentage points.
  const points = row.unit.en.trim().startsWith("%");
  const unitZh = points ? "个百分点" : row.unit.zh;
  const unitEn = points ? "percentage points" : row.unit.en;
  return { zh: `每年需${rise ? "提高" : "降低"}${v}${unitZh}`, en: `needs to ${rise ? "rise" : "fall"} by ${v} ${unitEn} a year` };
}

const STATUS_SENTENCES: Record<TargetedStatus, { zh: (k: number) => string; en: (k: number) => string; growth: boolean }> = {
  achieved: {
    zh: (k) => `${k}项指标已实现目标`,
    en: (k) => (k === 1 ? "1 indicator has already reached its target" : `${k} indicators have already reached their targets`),
    growth: false,
  },
  on_track: {
    zh: (k) => `${k}项指标进展顺利，可望按期实现目标`,
    en: (k) => `${k} ${indicators(k)} ${k === 1 ? "is" : "are"} on track`,
    growth: false,
  },
  moderate: {
    zh: (k) => `${k}项指标有进展但需加快推进`,
    en: (k) => `${k} ${indicators(k)} ${k === 1 ? "is progressing but needs" : "are progressing but need"} to speed up`,
    growth: true,
  },
  limited: {
    zh: (k) => `${k}项指标进展有限`,
    en: (k) => `${k} ${indicators(k)} ${k === 1 ? "shows" : "show"} limited progress`,
    growth: true,
  },
  deterioration: {
    zh: (k) => `${k}项指标出现退步，偏离目标方向`,
    en: (k) => (k === 1 ? "1 indicator has moved away from its target" : `${k} indicators have moved away from their targets`),
    growth: true,
  },
  insufficient_data: {
    zh: (k) => `${k}项指标数据不足，暂无法评估进展`,
    en: (k) => `${k} ${indicators(k)} ${k === 1 ? "lacks" : "lack"} the data needed to assess progress`,
    growth: false,
  },
};

function progressByStatus(f: SummaryFacts): Pair[] {
  return TARGETED_STATUSES.flatMap((status) => {
    const rows = f.progress.filter((r) => r.status === status);
    if (rows.length === 0) return [];
    const template = STATUS_SENTENCES[status];
    const sources: string[] = [];
    const zh: string[] = [];
    const en: string[] = [];
    for (const row of rows) {
      sources.push(`progress.${row.indicatorKey}`);
      const growth = template.growth ? requiredGrowth(row) : null;
      if (growth) {
        sources.push(`progress.${row.indicatorKey}.requiredAnnualGrowth`);
        zh.push(`${row.name.zh}（${growth.zh}）`);
        en.push(`${row.name.en} (${growth.en})`);
      } else {
        zh.push(row.name.zh);
        en.push(row.name.en);
      }
    }
    return [
      {
        id: `progress.${status}`,
        sources,
        zh: `${template.zh(rows.length)}：${zh.join("、")}。`,
        en: `${template.en(rows.length)}: ${en.join("; ")}.`,
      },
    ];
  });
}

function strengths(f: SummaryFacts): Pair | null {
  const items = f.strengths.filter((s) => Number.isFinite(s.score));
  if (items.length === 0) return null;
  const one = items.length === 1;
  return {
    id: "strengths",
    sources: items.map((s) => `strengths.${s.indicatorKey}.score`),
    zh: `与同组相比，得分（0–100分）最高的指标是：${items.map((s) => `${s.name.zh}（${score(s.score)}分）`).join("、")}。`,
    en: `Relative to its peers, its strongest ${one ? "indicator" : "indicators"} (score 0–100) ${one ? "is" : "are"}: ${items
      .map((s) => `${s.name.en} (${score(s.score)})`)
      .join("; ")}.`,
  };
}

function weaknesses(f: SummaryFacts): Pair | null {
  const items = f.weaknesses.filter((s) => Number.isFinite(s.score));
  const [first, ...rest] = items;
  if (!first) return null;
  const sources = [`weaknesses.${first.indicatorKey}.score`];
  let firstZh = `${score(first.score)}分`;
  let firstEn = `score ${score(first.score)}`;
  if (first.rank !== null) {
    sources.push(`weaknesses.${first.indicatorKey}.rank`, `weaknesses.${first.indicatorKey}.ranked`);
    firstZh += `，第${first.rank}/${first.ranked}名`;
    firstEn += `; ${ordinal(first.rank)} of ${first.ranked}`;
  }
  let zh = `与同组相比，最薄弱的指标是${first.name.zh}（${firstZh}）`;
  let en = `Its biggest weakness relative to its peers is ${first.name.en} (${firstEn})`;
  if (rest.length > 0) {
    sources.push(...rest.map((s) => `weaknesses.${s.indicatorKey}.score`));
    zh += `，其次是${rest.map((s) => `${s.name.zh}（${score(s.score)}分）`).join("、")}`;
    en += `, followed by ${rest.map((s) => `${s.name.en} (${score(s.score)})`).join("; ")}`;
  }
  return { id: "weaknesses", sources, zh: `${zh}。`, en: `${en}.` };
}

function movers(f: SummaryFacts): Pair | null {
  if (f.movers === null) return null;
  const items = f.movers.filter((m) => Number.isFinite(m.change) && Number(score(Math.abs(m.change))) !== 0);
  if (items.length === 0) return null;
  const previousYear = f.year - 1;
  return {
    id: "movers",
    sources: ["year", ...items.map((m) => `movers.${m.indicatorKey}.change`)],
    zh: `与${previousYear}年相比，得分变化最大的指标是：${items
      .map((m) => `${m.name.zh}（${m.change > 0 ? "上升" : "下降"}${score(Math.abs(m.change))}分）`)
      .join("、")}。`,
    en: `Compared with ${previousYear}, the largest changes in score were: ${items
      .map((m) => `${m.name.en} (${m.change > 0 ? "up" : "down"} ${score(Math.abs(m.change))} points)`)
      .join("; ")}.`,
  };
}

function diagnosis(f: SummaryFacts): Pair[] {
  const serious = f.diagnosis.filter((d) => d.severity === "serious" && d.weak.length > 0 && d.assessed > 0);
  if (serious.length > 0) {
    return serious.map((d) => {
      const w = d.weak.length;
      const a = d.assessed;
      const heading = lowerFirst(d.name.en);
      const en =
        a === 1
          ? `Serious bottleneck — ${heading}: the only related indicator with data, ${d.weak[0]!.name.en}, ranks in the bottom ${BOTTOM.en} of the peer group.`
          : `Serious bottleneck — ${heading}: ${w} of the ${a} related indicators with data ${w === 1 ? "ranks" : "rank"} in the bottom ${BOTTOM.en} of the peer group (${d.weak
              .map((i) => i.name.en)
              .join("; ")}).`;
      return {
        id: `diagnosis.${d.key}`,
        sources: [`diagnosis.${d.key}.severity`, `diagnosis.${d.key}.assessed`, `diagnosis.${d.key}.weak`],
        zh: `突出瓶颈——${d.name.zh}：有数据的${a}项相关指标中，${w}项处于同组后${BOTTOM.zh}（${d.weak.map((i) => i.name.zh).join("、")}）。`,
        en,
      };
    });
  }
  if (!f.diagnosis.some((d) => d.severity !== "no_data")) return [];
  const some = f.diagnosis.filter((d) => d.severity === "some");
  return [
    {
      id: "diagnosis.none",
      sources: ["diagnosis"],
      zh:
        some.length > 0
          ? `按三类瓶颈诊断，未发现突出瓶颈；${some.map((d) => d.name.zh).join("、")}方面有个别指标偏弱。`
          : `按三类瓶颈诊断，未发现突出瓶颈，相关指标均未处于同组后${BOTTOM.zh}。`,
      en:
        some.length > 0
          ? `The bottleneck diagnosis finds no serious constraint, though some indicators are weak under ${some.map((d) => lowerFirst(d.name.en)).join("; ")}.`
          : `The bottleneck diagnosis finds no serious constraint: none of the related indicators ranks in the bottom ${BOTTOM.en} of the peer group.`,
    },
  ];
}

function evaluator(f: SummaryFacts): Pair | null {
  const scores = f.evaluatorScores;
  if (!scores) return null;
  const entered = QUALITATIVE_ASPECTS.flatMap((aspect) => {
    const v = scores[aspect];
    return v === null || v === undefined || !Number.isFinite(v) ? [] : [{ aspect, text: Number.isInteger(v) ? String(v) : formatNumber(v, 1) }];
  });
  if (entered.length === 0) return null;
  return {
    id: "evaluator",
    sources: entered.map((e) => `evaluatorScores.${e.aspect}`),
    zh: `评估人员定性评分（1–5分）：${entered.map((e) => `${QUALITATIVE_ASPECT_LABELS[e.aspect].zh}${e.text}分`).join("、")}。`,
    en: `The evaluator's scores (1–5): ${entered.map((e) => `${QUALITATIVE_ASPECT_LABELS[e.aspect].en} ${e.text}`).join("; ")}.`,
  };
}

function grade(f: SummaryFacts): Pair | null {
  const g = f.grade;
  if (!g) return null;
  const zh = (x: Grade) => GRADE_LABELS[x].zh;
  const en = (x: Grade) => GRADE_LABELS[x].en;
  if (g.state !== "proposed" && g.final !== null) {
    if (g.state === "confirmed") {
      return { id: "grade", sources: ["grade.final"], zh: `评估人员确认的等级为“${zh(g.final)}”。`, en: `The evaluator has confirmed the grade '${en(g.final)}'.` };
    }
    if (g.proposed !== null) {
      return {
        id: "grade",
        sources: ["grade.final", "grade.proposed"],
        zh: `评估人员将等级改定为“${zh(g.final)}”（建议等级为“${zh(g.proposed)}”）。`,
        en: `The evaluator set the grade to '${en(g.final)}' (proposed: '${en(g.proposed)}').`,
      };
    }
    return { id: "grade", sources: ["grade.final"], zh: `评估人员评定的等级为“${zh(g.final)}”。`, en: `The evaluator set the grade to '${en(g.final)}'.` };
  }
  if (g.proposed === null) return null;
  return {
    id: "grade",
    sources: ["grade.proposed"],
    zh: `按综合得分和目标进展，建议等级为“${zh(g.proposed)}”，待评估人员确认。`,
    en: `On its composite score and progress towards targets, the proposed grade is '${en(g.proposed)}', pending the evaluator's confirmation.`,
  };
}

export function buildNarrative(facts: SummaryFacts): Narrative {
  const pairs: Pair[] = [
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
  ].filter((p): p is Pair => p !== null);
  return {
    zh: pairs.map(({ id, sources, zh }) => ({ id, text: zh, sources })),
    en: pairs.map(({ id, sources, en }) => ({ id, text: en, sources })),
  };
}
