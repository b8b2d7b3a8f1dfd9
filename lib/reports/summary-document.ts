import { SCORED_DIMENSIONS } from "@/lib/domain/composite";
import { TARGETED_STATUSES } from "@/lib/domain/summary/narrative";
import type { Sentence } from "@/lib/i18n/narrative";
import { gradeReasonText, gradeRuleLines } from "@/lib/i18n/grade-texts";
import { withUnit } from "@/lib/i18n/localized";
import { DASH, fmt, fmtPercent, fmtScore, fmtSigned, type ReportLocale } from "./format";
import type { ReportT } from "./labels";
import type { ProgressRow, StandingRow, SummaryReport } from "@/lib/services/summary";
import { officialBlocks, pathwayBlocks } from "./summary-record";
import { sourceText } from "./language";
import { DEFAULT_ISSUER, isDraftSummary } from "@/lib/domain/document-number";
import type { ChartSpec } from "./charts/types";

// The summary as a document: sections of headings, key figures, tables, bar charts and sentences,
// every text already formatted in one language. The page renders its tables and figures from these
// builders, and the PDF, Word and .xlsx files render the whole document, so the numbers and words
// are the same in all of them.

export type Cell = {
  text: string;
  /** The number behind the text, rounded as shown: what a spreadsheet gets. */
  value?: number | null;
  /** Marks the cell for styling: a progress status, a severity, a grade. */
  tone?: string;
  testId?: string;
  /** Where the page shows links in place of the text (the files keep the text, which names them). */
  links?: { text: string; href: string; external?: boolean }[];
};

/** `weights`: the columns' relative widths in the files, where the default (names widest, numbers narrowest) does not fit. */
export type TableBlock = { kind: "table"; id: string; caption: string; headers: string[]; numeric: boolean[]; rows: Cell[][]; weights?: number[] };
export type FiguresBlock = { kind: "figures"; id: string; items: { label: string; value: string; testId?: string; number?: number | null }[] };
export type ParagraphBlock = { kind: "p"; text: string; note?: boolean; testId?: string };
export type ListBlock = { kind: "list"; items: string[] };
export type SubheadingBlock = { kind: "h3"; text: string; tone?: string };
/** A simple horizontal bar chart (documents draw it; the page draws an SVG chart instead). */
export type BarsBlock = {
  kind: "bars";
  id: string;
  caption: string;
  /** Bars are drawn from 0 to max; values beyond are cut at the ends. */
  min: number;
  max: number;
  /** A vertical reference line (e.g. 100 = target reached). */
  reference: { value: number; label: string } | null;
  series: string[];
  items: { label: string; values: (number | null)[]; texts: string[]; tone?: string }[];
};
/**
 * Charts drawn from the document's data on the server (lib/reports/charts): vectors in the PDF, pictures
 * in Word; `columns`: 2 sets them side by side. The page draws its own interactive charts in their place.
 */
export type ChartBlock = { kind: "chart"; id: string; caption: string; columns: 1 | 2; charts: ChartSpec[]; note?: string };
/** The generated paragraph, in the document's language only (a document speaks one language throughout). */
export type NarrativeBlock = { kind: "narrative"; lang: "zh" | "en"; sentences: Sentence[] };

export type Block = TableBlock | FiguresBlock | ParagraphBlock | ListBlock | SubheadingBlock | BarsBlock | ChartBlock | NarrativeBlock;

export const SECTION_IDS = ["completeness", "peers", "progress", "standings", "diagnosis", "assessment", "grade", "narrative", "method", "glossary"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export type DocSection = { id: SectionId; number: number; heading: string; blocks: Block[] };

/** How a document is issued: by whom, under which number (null for a draft) and when (ISO). */
export type DocumentIssue = { issuer: { zh: string; en: string }; number: string | null; issuedAt: string };

export type SummaryDocument = {
  lang: ReportLocale;
  /** The title block: the issuing body, then the title, then the number and the date of issue. */
  head: { issuer: string; number: string; issued: string };
  title: string;
  subtitle: string;
  /** A draft's watermark, on every page; null for an approved document. */
  watermark: string | null;
  /** Said under the head of a draft: why it is one. */
  draftNote: string | null;
  /** The closing block: the lines to sign (prepared by, reviewed by, date). */
  signature: string[];
  /** Shown when the summary rests on demonstration values. */
  demoNote: string | null;
  sections: DocSection[];
  /** What the numbers need said beside them wherever they go (the workbook too): the period's achievement, series breaks. */
  dataNotes: string[];
  footer: string;
};

/**
 * What the PDF and Word renderers draw: the full summary, or a one-page brief (lib/reports/brief-document.ts),
 * whose sections are its own and follow one another on the one page (`layout: "brief"`).
 */
export type RenderableDocument = Omit<SummaryDocument, "sections"> & {
  layout?: "brief";
  sections: { id: string; number: number; heading: string; blocks: Block[] }[];
};

const pick = (b: { zh: string; en: string }, locale: ReportLocale) => b[locale];
const num = (text: string, value: number | null | undefined): Cell => ({ text, value: value ?? null });

export function sectionHeading(t: ReportT, id: SectionId): string {
  return t(`summary.sections.${id}`);
}

export function sectionNumber(id: SectionId): number {
  return SECTION_IDS.indexOf(id) + 1;
}

/** The section a narrative sentence takes its numbers from, for the page's "see" links. */
export function sentenceSection(sentence: Sentence): SectionId | null {
  const root = sentence.id.split(".")[0];
  const map: Record<string, SectionId> = {
    completeness: "completeness",
    approval: "completeness",
    composite: "peers",
    performance: "peers",
    rank: "peers",
    dimensions: "peers",
    progress: "progress",
    strengths: "standings",
    weaknesses: "standings",
    movers: "standings",
    diagnosis: "diagnosis",
    evaluator: "assessment",
    grade: "grade",
  };
  return root ? (map[root] ?? null) : null;
}

// ---------------------------------------------------------------------------------------------
// 1. Completeness and approval

export function completenessFigures(r: SummaryReport, t: ReportT, locale: ReportLocale): FiguresBlock {
  const c = r.completeness;
  return {
    kind: "figures",
    id: "completeness-figures",
    items: [
      {
        label: t("summary.completeness.reported"),
        value: t("summary.completeness.reportedValue", { reported: c.reported, expected: c.expected, percent: fmtPercent(c.reported, c.expected, locale) }),
        testId: "summary-completeness",
        number: c.reported,
      },
      { label: t("summary.completeness.approval"), value: t(`summary.approval.${r.approval.status}`), testId: "summary-approval" },
    ],
  };
}

export function missingText(r: SummaryReport, t: ReportT, locale: ReportLocale): string {
  const missing = r.completeness.missing;
  if (missing.length === 0) return t("summary.completeness.allReported");
  return t("summary.completeness.missing", { list: missing.map((m) => pick(m.name, locale)).join(t("summary.separator")) });
}

// ---------------------------------------------------------------------------------------------
// 2. Peers

export function peerFigures(r: SummaryReport, t: ReportT, locale: ReportLocale): FiguresBlock {
  const s = r.scores;
  return {
    kind: "figures",
    id: "peer-figures",
    items: [
      { label: t("summary.peers.composite"), value: fmtScore(s.composite, locale), testId: "summary-composite", number: s.composite },
      {
        label: t("summary.peers.rank"),
        value: s.rank === null ? t("summary.peers.unranked") : t("summary.peers.rankOf", { rank: s.rank, total: s.ranked }),
        testId: "summary-rank",
        number: s.rank,
      },
      {
        label: t("summary.peers.rankRange"),
        value: s.rankRange ? t("summary.peers.rankRangeValue", { best: s.rankRange.best, worst: s.rankRange.worst }) : DASH,
        testId: "summary-rank-range",
      },
      {
        label: t("summary.peers.performance"),
        value: s.performance ? t(`compare.performanceGroups.${s.performance}`) : DASH,
        testId: "summary-performance",
      },
      { label: t("summary.peers.percentile"), value: s.percentile === null ? DASH : t("compare.percentileValue", { value: s.percentile }), number: s.percentile },
      { label: t("summary.peers.change"), value: fmtSigned(s.change, 1, locale), number: s.change },
    ],
  };
}

export function peerGroupText(r: SummaryReport, t: ReportT, locale: ReportLocale): string {
  return t("summary.peers.group", { group: pick(r.peerGroup.label, locale), count: r.peerGroup.members.length, year: r.year });
}

export function dimensionTable(r: SummaryReport, t: ReportT, locale: ReportLocale): TableBlock {
  const rows = [
    { key: "composite", label: t("summary.peers.composite"), value: r.scores.composite, median: r.peerMedian.composite },
    ...SCORED_DIMENSIONS.map((d) => ({ key: d, label: t(`compare.dimensions.${d}`), value: r.scores.dimensions[d], median: r.peerMedian.dimensions[d] })),
  ];
  return {
    kind: "table",
    id: "dimensions",
    caption: t("summary.peers.tableCaption"),
    headers: [t("summary.peers.score"), t("summary.peers.thisArea"), t("summary.peers.peerMedian"), t("summary.peers.difference")],
    numeric: [false, true, true, true],
    rows: rows.map((row) => {
      const diff = row.value !== null && row.median !== null ? Math.round((row.value - row.median) * 10) / 10 : null;
      return [
        { text: row.label },
        { ...num(fmtScore(row.value, locale), row.value), testId: `summary-score-${row.key}` },
        num(fmtScore(row.median, locale), row.median),
        num(fmtSigned(diff, 1, locale), diff),
      ];
    }),
  };
}

export function dimensionBars(r: SummaryReport, t: ReportT, locale: ReportLocale): BarsBlock {
  return {
    kind: "bars",
    id: "dimension-bars",
    caption: t("summary.peers.barsCaption"),
    min: 0,
    max: 100,
    reference: null,
    series: [t("summary.peers.thisArea"), t("summary.peers.peerMedian")],
    items: SCORED_DIMENSIONS.map((d) => ({
      label: t(`compare.dimensionsShort.${d}`),
      values: [r.scores.dimensions[d], r.peerMedian.dimensions[d]],
      texts: [fmtScore(r.scores.dimensions[d], locale), fmtScore(r.peerMedian.dimensions[d], locale)],
    })),
  };
}

/** The dimensions on a radar: the area's scores filled, the peers' median dashed (as the page shows them). */
export function dimensionChart(r: SummaryReport, t: ReportT): ChartBlock {
  return {
    kind: "chart",
    id: "dimension-radar",
    caption: t("summary.peers.barsCaption"),
    columns: 1,
    charts: [
      {
        type: "radar",
        axes: SCORED_DIMENSIONS.map((d) => t(`compare.dimensionsShort.${d}`)),
        series: [
          { name: t("summary.peers.thisArea"), values: SCORED_DIMENSIONS.map((d) => r.scores.dimensions[d]), emphasis: true },
          { name: t("summary.peers.peerMedian"), values: SCORED_DIMENSIONS.map((d) => r.peerMedian.dimensions[d]), emphasis: false },
        ],
        noData: t("compare.noData"),
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Progress

/** "每年 3.2%" / "3.2% a year"; "每年 0.50 个百分点"; with the same precision as the narrative. */
export function requiredGrowthText(row: ProgressRow, t: ReportT, locale: ReportLocale): string {
  const g = row.requiredAnnualGrowth;
  if (g === null || !Number.isFinite(g)) return row.status === "achieved" ? t("summary.progress.notNeeded") : DASH;
  if (row.form === "compound") return t("summary.progress.perYearPct", { value: fmtSigned(g * 100, 1, locale) });
  const points = row.unit.en.trim().startsWith("%");
  return t(points ? "summary.progress.perYearPoints" : "summary.progress.perYearUnits", { value: fmtSigned(g, row.decimals, locale), unit: pick(row.unit, locale) });
}

export function progressCountsText(r: SummaryReport, t: ReportT): string {
  if (r.progress.length === 0) return t("summary.progress.noTargets");
  const count = (status: string) => r.progress.filter((p) => p.status === status).length;
  const parts = TARGETED_STATUSES.filter((s) => count(s) > 0).map((s) => t("summary.progress.countItem", { status: t(`status.${s}`), count: count(s) }));
  return t("summary.progress.counts", { total: r.progress.length, list: parts.join(t("summary.separator")) });
}

export function progressTable(r: SummaryReport, t: ReportT, locale: ReportLocale): TableBlock {
  const year = (y: number | null) => (y === null ? "" : ` (${y})`);
  return {
    kind: "table",
    id: "progress",
    caption: t("summary.progress.tableCaption"),
    headers: [
      t("summary.progress.indicator"),
      t("summary.progress.base"),
      t("summary.progress.latest"),
      t("summary.progress.target"),
      t("summary.progress.status"),
      t("summary.progress.requiredGrowth"),
      t("summary.progress.distance"),
    ],
    numeric: [false, true, true, true, false, true, true],
    rows: r.progress.map((p) => {
      const unit = pick(p.unit, locale);
      return [
        { text: `${pick(p.name, locale)}${unit ? ` (${unit})` : ""}` },
        // With their years: a spreadsheet gets the text as shown.
        { text: `${fmt(p.baseValue, p.decimals, locale)}${year(p.baseYear)}` },
        { text: `${fmt(p.latestValue, p.decimals, locale)}${year(p.latestYear)}`, testId: `summary-latest-${p.indicatorKey}` },
        { text: `${fmt(p.targetValue, p.decimals, locale)} (${p.targetYear})`, testId: `summary-target-${p.indicatorKey}` },
        // A verdict of the period's end says whether it is final (the target year approved) or provisional.
        {
          text: p.final === null ? t(`status.${p.status}`) : `${t(`status.${p.status}`)} · ${t(p.final ? "summary.progress.final" : "summary.progress.provisional")}`,
          tone: p.status,
          testId: `summary-status-${p.indicatorKey}`,
        },
        { text: requiredGrowthText(p, t, locale) },
        num(p.distanceCovered === null ? DASH : `${fmt(p.distanceCovered, 0, locale)}%`, p.distanceCovered),
      ];
    }),
  };
}

/** A period's end: the share of the area's judged targets met, beside the peers' median share. */
export function achievementText(a: NonNullable<SummaryReport["achievement"]>, t: ReportT, locale: ReportLocale): string {
  const own = t("summary.progress.achievement", { met: a.met, judged: a.met + a.missed, share: a.share === null ? DASH : `${fmt(a.share * 100, 0, locale)}%`, insufficient: a.insufficient });
  if (a.peerMedian === null) return own;
  return `${own}${t("summary.progress.achievementPeers", { median: `${fmt(a.peerMedian * 100, 0, locale)}%`, peers: a.peers })}`;
}

export function progressBars(r: SummaryReport, t: ReportT, locale: ReportLocale): BarsBlock {
  return {
    kind: "bars",
    id: "progress-bars",
    caption: t("summary.progress.chartTitle"),
    min: 0,
    max: 120,
    reference: { value: 100, label: t("summary.progress.chartTarget") },
    series: [t("summary.progress.distance")],
    items: r.progress.map((p) => ({
      label: pick(p.name, locale),
      values: [p.distanceCovered],
      texts: [p.distanceCovered === null ? t("status.insufficient_data") : `${fmt(p.distanceCovered, 0, locale)}% · ${t(`status.${p.status}`)}`],
      tone: p.status,
    })),
  };
}

/** The progress overview as a chart: the same bars, texts and statuses as progressBars (compact: a brief's smaller one). */
export function progressChart(r: SummaryReport, t: ReportT, locale: ReportLocale, opts: { compact?: boolean } = {}): ChartBlock {
  const bars = progressBars(r, t, locale);
  return {
    kind: "chart",
    id: "progress-overview",
    caption: bars.caption,
    columns: 1,
    charts: [
      {
        type: "progress",
        min: bars.min,
        max: bars.max,
        reference: bars.reference!,
        rows: bars.items.map((item) => ({ label: item.label, value: item.values[0] ?? null, text: item.texts[0] ?? "", status: item.tone ?? "" })),
        compact: opts.compact,
      },
    ],
    note: t("summary.progress.distanceNote"),
  };
}

/** Each targeted indicator's values against its target, and the previous period's target where it had one. */
export function targetSeriesCharts(r: SummaryReport, t: ReportT, locale: ReportLocale): ChartBlock {
  return {
    kind: "chart",
    id: "target-series",
    caption: t("summary.charts.seriesCaption"),
    columns: 2,
    charts: r.progress.map((p) => {
      const unit = pick(p.unit, locale);
      const base = p.baseYear !== null && p.baseValue !== null ? { year: p.baseYear, value: p.baseValue } : null;
      return {
        type: "series" as const,
        // The unit after the name, unless the name already says it ("R&D expenditure, % of GDP").
        title: unit && !pick(p.name, locale).includes(unit) ? t("summary.charts.titleWithUnit", { name: pick(p.name, locale), unit }) : pick(p.name, locale),
        decimals: p.decimals,
        points: p.series,
        base,
        targets: [
          ...(p.previousTarget ? [{ ...p.previousTarget, label: t("summary.charts.targetOf", { year: p.previousTarget.year }), previous: true }] : []),
          ...(p.targetValue !== null ? [{ year: p.targetYear, value: p.targetValue, label: t("summary.charts.targetOf", { year: p.targetYear }), previous: false }] : []),
        ],
        noData: t("compare.noData"),
      };
    }),
    note: t("summary.charts.seriesNote"),
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Strengths, weaknesses, movers

function standingTable(id: string, caption: string, rows: StandingRow[], t: ReportT, locale: ReportLocale): TableBlock {
  return {
    kind: "table",
    id,
    caption,
    headers: [t("summary.standings.indicator"), t("summary.standings.value"), t("summary.standings.score"), t("summary.standings.rank"), t("summary.standings.peerMedian")],
    numeric: [false, true, true, true, true],
    rows: rows.map((s) => [
      { text: pick(s.name, locale), testId: `${id}-${s.indicatorKey}` },
      num(withUnit(fmt(s.value, s.decimals, locale), pick(s.unit, locale)), s.value),
      num(fmtScore(s.score, locale), s.score),
      num(s.rank === null ? DASH : t("summary.standings.rankOf", { rank: s.rank, total: s.ranked }), s.rank),
      num(withUnit(fmt(s.peerMedian, s.decimals, locale), pick(s.unit, locale)), s.peerMedian),
    ]),
  };
}

export const strengthsTable = (r: SummaryReport, t: ReportT, locale: ReportLocale) =>
  standingTable("strengths", t("summary.standings.strengths"), r.strengths, t, locale);
export const weaknessesTable = (r: SummaryReport, t: ReportT, locale: ReportLocale) =>
  standingTable("weaknesses", t("summary.standings.weaknesses"), r.weaknesses, t, locale);

export function moversBlock(r: SummaryReport, t: ReportT, locale: ReportLocale): TableBlock | ParagraphBlock {
  if (r.movers === null) return { kind: "p", text: t("summary.standings.noPreviousYear", { year: r.year - 1, from: r.window.from }), note: true };
  if (r.movers.length === 0) return { kind: "p", text: t("summary.standings.noMovers", { year: r.year - 1 }), note: true };
  return {
    kind: "table",
    id: "movers",
    caption: t("summary.standings.movers", { year: r.year - 1 }),
    headers: [
      t("summary.standings.indicator"),
      t("summary.standings.previousScore", { year: r.year - 1 }),
      t("summary.standings.currentScore", { year: r.year }),
      t("summary.standings.change"),
      t("summary.standings.previousValue", { year: r.year - 1 }),
      t("summary.standings.currentValue", { year: r.year }),
    ],
    numeric: [false, true, true, true, true, true],
    rows: r.movers.map((m) => [
      { text: pick(m.name, locale), testId: `movers-${m.indicatorKey}` },
      num(fmtScore(m.previousScore, locale), m.previousScore),
      num(fmtScore(m.score, locale), m.score),
      { ...num(fmtSigned(m.change, 1, locale), m.change), tone: m.change > 0 ? "up" : "down" },
      num(withUnit(fmt(m.previousValue, m.decimals, locale), pick(m.unit, locale)), m.previousValue),
      num(withUnit(fmt(m.value, m.decimals, locale), pick(m.unit, locale)), m.value),
    ]),
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Diagnosis

export function diagnosisTable(d: SummaryReport["diagnosis"][number], t: ReportT, locale: ReportLocale): TableBlock {
  return {
    kind: "table",
    id: `diagnosis-${d.key}`,
    caption: t("summary.diagnosis.tableCaption", { heading: pick(d.name, locale) }),
    headers: [
      t("summary.diagnosis.indicator"),
      t("summary.diagnosis.why"),
      t("summary.diagnosis.value"),
      t("summary.diagnosis.score"),
      t("summary.diagnosis.rank"),
      t("summary.diagnosis.verdict"),
    ],
    numeric: [false, false, true, true, true, false],
    rows: d.indicators.map((i) => [
      { text: `${pick(i.name, locale)}${i.inComposite ? "" : " *"}` },
      { text: pick(i.why, locale) },
      num(withUnit(fmt(i.value, i.decimals, locale), pick(i.unit, locale)), i.value),
      num(fmtScore(i.score, locale), i.score),
      num(i.rank === null ? DASH : t("summary.standings.rankOf", { rank: i.rank, total: i.ranked }), i.rank),
      {
        text: !i.assessed ? t("summary.diagnosis.noVerdict") : i.weak ? t("summary.diagnosis.weak") : t("summary.diagnosis.notWeak"),
        tone: !i.assessed ? "none" : i.weak ? "weak" : "ok",
        testId: `diagnosis-verdict-${i.indicatorKey}`,
      },
    ]),
  };
}

export function diagnosisHeading(d: SummaryReport["diagnosis"][number], t: ReportT, locale: ReportLocale): SubheadingBlock {
  return {
    kind: "h3",
    text: t("summary.diagnosis.heading", {
      heading: pick(d.name, locale),
      severity: t(`summary.diagnosis.severity.${d.severity}`),
      weak: d.weakCount,
      assessed: d.coverage.assessed,
    }),
    tone: d.severity,
  };
}

export function netMigrationNote(r: SummaryReport, t: ReportT): string {
  return r.netMigrationScored ? t("summary.diagnosis.netMigration") : t("summary.diagnosis.netMigrationMissing");
}

// ---------------------------------------------------------------------------------------------
// 6. Qualitative assessment

export function assessmentTable(r: SummaryReport, t: ReportT): TableBlock {
  return {
    kind: "table",
    id: "assessment",
    caption: t("summary.assessment.tableCaption"),
    headers: [t("summary.assessment.aspect"), t("summary.assessment.score"), t("summary.assessment.comment")],
    numeric: [false, true, false],
    rows: r.assessments.map((a) => [
      { text: t(`summary.aspects.${a.aspect}`) },
      { ...num(a.score === null ? t("summary.assessment.notScored") : String(a.score), a.score), testId: `assessment-score-${a.aspect}` },
      { text: a.comment ?? DASH, testId: `assessment-comment-${a.aspect}` },
    ]),
  };
}

export function assessmentByline(r: SummaryReport, t: ReportT, locale: ReportLocale): string {
  const entered = r.assessments.filter((a) => a.updatedAt !== null);
  if (entered.length === 0) return t("summary.assessment.none");
  const latest = entered.reduce((a, b) => (a.updatedAt! > b.updatedAt! ? a : b));
  return t("summary.assessment.byline", { name: latest.updatedByName ?? DASH, date: formatDate(latest.updatedAt!, locale) });
}

export function formatDate(iso: string, locale: ReportLocale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { dateStyle: "medium", timeZone: "Asia/Shanghai" }).format(new Date(iso));
}

// ---------------------------------------------------------------------------------------------
// 7. Grade

export function gradeFigures(r: SummaryReport, t: ReportT, locale: ReportLocale): FiguresBlock {
  const g = r.grade;
  const share = g.onTrack;
  return {
    kind: "figures",
    id: "grade-figures",
    items: [
      { label: t("summary.grade.proposed"), value: g.proposed ? t(`summary.grades.${g.proposed}`) : t("summary.grade.none"), testId: "summary-grade-proposed" },
      {
        label: t("summary.grade.onTrack"),
        value: share.share === null ? DASH : t("summary.grade.onTrackValue", { onTrack: share.onTrack, targets: share.targets, percent: fmtPercent(share.onTrack, share.targets, locale) }),
      },
      {
        label: t("summary.grade.final"),
        value: g.final ? t(`summary.grade.state.${g.state}`, { grade: t(`summary.grades.${g.final}`) }) : t("summary.grade.pending"),
        testId: "summary-grade-final",
      },
    ],
  };
}

export function gradeDetails(r: SummaryReport, t: ReportT, locale: ReportLocale): Block[] {
  const g = r.grade;
  const blocks: Block[] = [
    { kind: "p", text: t("summary.grade.reasonsHeading"), note: true },
    { kind: "list", items: g.reasons.map((reason) => gradeReasonText(reason, t)) },
  ];
  if (g.final) {
    blocks.push({
      kind: "p",
      text: t("summary.grade.decidedBy", { name: g.decidedByName ?? DASH, date: g.decidedAt ? formatDate(g.decidedAt, locale) : DASH }),
      note: true,
    });
    if (g.reason) blocks.push({ kind: "p", text: t("summary.grade.reason", { reason: g.reason }) });
    if (g.proposalChanged) {
      blocks.push({
        kind: "p",
        text: t("summary.grade.proposalChanged", {
          before: g.proposedAtDecision ? t(`summary.grades.${g.proposedAtDecision}`) : DASH,
          now: g.proposed ? t(`summary.grades.${g.proposed}`) : DASH,
        }),
        note: true,
      });
    }
  }
  blocks.push({ kind: "p", text: t("summary.grade.rulesHeading"), note: true }, { kind: "list", items: gradeRuleLines(t) });
  return blocks;
}

/** A note per series break within the window: the change across its year is partly the definition's. */
function seriesBreakText(b: SummaryReport["seriesBreaks"][number], t: ReportT, locale: ReportLocale): string {
  return t("summary.seriesBreak", { name: pick(b.indicator.name, locale), year: b.fromYear, reason: pick(b.reason, locale), source: sourceText(b.source, b.sourceUrl, locale) });
}

export function seriesBreakBlocks(r: SummaryReport, t: ReportT, locale: ReportLocale): Block[] {
  return r.seriesBreaks.map((b) => ({ kind: "p", note: true, testId: `summary-series-break-${b.indicator.indicatorKey}`, text: seriesBreakText(b, t, locale) }));
}

// ---------------------------------------------------------------------------------------------
// 9. Method

export function methodBlocks(r: SummaryReport, t: ReportT, locale: ReportLocale): Block[] {
  return [
    {
      kind: "p",
      text: t("summary.method.peers", {
        group: pick(r.peerGroup.label, locale),
        members: r.peerGroup.members.map((m) => pick(m.names, locale)).join(t("summary.separator")),
      }),
    },
    { kind: "p", text: t("summary.method.window", { from: r.window.from, to: r.window.to }) },
    { kind: "p", text: t("summary.method.strengthsRule") },
    { kind: "p", text: `${t("summary.method.moversRule")} ${t("summary.method.movers", { year: r.year, previous: r.year - 1, from: r.window.from })}` },
    { kind: "p", text: t("summary.diagnosis.rule") },
    { kind: "p", text: netMigrationNote(r, t) },
    { kind: "p", text: t("summary.method.narrative") },
    { kind: "p", text: t("summary.method.documents") },
  ];
}

// ---------------------------------------------------------------------------------------------
// 10. Glossary: the terms the document uses, written once in the messages ("summary.glossary").

export const GLOSSARY_TERMS = ["composite", "dimensions", "rankRange", "percentile", "performance", "statuses", "verdicts"] as const;

export function glossaryTable(t: ReportT): TableBlock {
  return {
    kind: "table",
    id: "glossary",
    caption: t("summary.glossary.caption"),
    headers: [t("summary.glossary.term"), t("summary.glossary.meaning")],
    numeric: [false, false],
    weights: [1, 3],
    rows: GLOSSARY_TERMS.map((key) => [{ text: t(`summary.glossary.items.${key}.term`), testId: `glossary-${key}` }, { text: t(`summary.glossary.items.${key}.text`) }]),
  };
}

// ---------------------------------------------------------------------------------------------
// The whole document

/** The page's issue: nothing is numbered by reading the page, so it shows the number once issued, or none. */
export const unnumberedIssue = (issuedAt = new Date().toISOString()): DocumentIssue => ({ issuer: DEFAULT_ISSUER, number: null, issuedAt });

export function buildSummaryDocument(r: SummaryReport, t: ReportT, locale: ReportLocale, issue: DocumentIssue = unnumberedIssue()): SummaryDocument {
  const section = (id: SectionId, blocks: Block[]): DocSection => ({ id, number: sectionNumber(id), heading: sectionHeading(t, id), blocks });
  const area = pick(r.area.names, locale);
  const draft = isDraftSummary(r.approval.status, r.grade.state);
  const line = (label: string, value: string) => t("summary.document.line", { label, value });
  return {
    lang: locale,
    head: {
      issuer: pick(issue.issuer, locale),
      number: line(t("summary.document.number"), draft || issue.number === null ? t("summary.document.draftNumber") : issue.number),
      issued: line(t("summary.document.issued"), formatDate(issue.issuedAt, locale)),
    },
    watermark: draft ? t("summary.document.watermark") : null,
    draftNote: draft ? t("summary.document.draftNote") : null,
    signature: [t("summary.document.preparedBy"), t("summary.document.reviewedBy"), t("summary.document.date")].map((label) => line(label, "")),
    title: t("summary.title", { area, year: r.year }),
    subtitle: [
      ...(r.periodEnd ? [t("summary.periodEnd", { period: pick(r.periodEnd, locale) })] : []),
      t("summary.subtitle", { group: pick(r.peerGroup.label, locale) }),
    ].join(" · "),
    demoNote: r.demo ? t("summary.demoNote") : null,
    sections: [
      section("completeness", [completenessFigures(r, t, locale), { kind: "p", text: missingText(r, t, locale) }]),
      section("peers", [{ kind: "p", text: peerGroupText(r, t, locale) }, peerFigures(r, t, locale), dimensionTable(r, t, locale), dimensionChart(r, t)]),
      section(
        "progress",
        r.progress.length === 0
          ? [{ kind: "p", text: progressCountsText(r, t) }]
          : [
              { kind: "p", text: progressCountsText(r, t) },
              ...(r.achievement ? [{ kind: "p" as const, text: achievementText(r.achievement, t, locale) }] : []),
              progressChart(r, t, locale),
              progressTable(r, t, locale),
              ...seriesBreakBlocks(r, t, locale),
              targetSeriesCharts(r, t, locale),
            ],
      ),
      section("standings", [strengthsTable(r, t, locale), weaknessesTable(r, t, locale), moversBlock(r, t, locale)]),
      section("diagnosis", [
        ...r.diagnosis.flatMap((d): Block[] => [diagnosisHeading(d, t, locale), { kind: "p", text: pick(d.description, locale), note: true }, diagnosisTable(d, t, locale)]),
        { kind: "p", text: t("summary.diagnosis.footnote"), note: true },
        { kind: "p", text: t("summary.diagnosis.rule"), note: true },
        ...pathwayBlocks(r, t, locale),
      ]),
      section("assessment", [assessmentTable(r, t), { kind: "p", text: assessmentByline(r, t, locale), note: true }]),
      section("grade", [gradeFigures(r, t, locale), ...gradeDetails(r, t, locale), ...officialBlocks(r, t, locale)]),
      section("narrative", [{ kind: "narrative", lang: locale, sentences: r.narrative[locale] }]),
      section("method", methodBlocks(r, t, locale)),
      section("glossary", [glossaryTable(t)]),
    ],
    dataNotes: [...(r.achievement ? [achievementText(r.achievement, t, locale)] : []), ...r.seriesBreaks.map((b) => seriesBreakText(b, t, locale))],
    footer: t("summary.footer", { area, year: r.year }),
  };
}
