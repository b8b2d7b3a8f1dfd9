import { isDraftSummary } from "@/lib/domain/document-number";
import { GRADES, type Grade } from "@/lib/domain/summary/grades";
import { poorFlagText } from "@/lib/i18n/grade-texts";
import type { OverviewReport } from "@/lib/services/overview";
import type { SummaryReport } from "@/lib/services/summary";
import { DASH, fmtPercent, fmtScore, type ReportLocale } from "./format";
import type { ReportT } from "./labels";
import {
  achievementText,
  buildSummaryDocument,
  formatDate,
  peerFigures,
  progressChart,
  progressCountsText,
  type Block,
  type BarsBlock,
  type DocumentIssue,
  type FiguresBlock,
  type RenderableDocument,
  type TableBlock,
} from "./summary-document";

// The one-page briefs for leaders (docs/methodology.md §6.13): an area's year, and the nation's year.
// Each is a document of the same blocks as the full summary, rendered by the same PDF and Word
// renderers in their brief layout (sections one after another on one page), so that a change to how
// a block is drawn reaches the briefs too. The area brief takes its head, its draft rule and its
// number from the full summary of the same area-year: it abridges that document, so it carries the
// same number (reused, not issued again).

const pick = (b: { zh: string; en: string }, locale: ReportLocale) => b[locale];

type Section = RenderableDocument["sections"][number];
const sections = (parts: [id: string, heading: string, blocks: Block[]][]): Section[] =>
  parts.map(([id, heading, blocks], i) => ({ id, number: i + 1, heading, blocks }));

// ---------------------------------------------------------------------------------------------
// An area's brief

function gradeFigures(r: SummaryReport, t: ReportT, locale: ReportLocale): FiguresBlock {
  const g = r.grade;
  const grade =
    g.final !== null
      ? t(`summary.grade.state.${g.state}`, { grade: t(`summary.grades.${g.final}`) })
      : g.proposed
        ? t("brief.area.gradeProposed", { grade: t(`summary.grades.${g.proposed}`) })
        : t("summary.grade.none");
  // The composite and the rank as the full summary states them.
  const [composite, rank] = peerFigures(r, t, locale).items;
  return { kind: "figures", id: "brief-grade", items: [{ label: t("brief.area.grade"), value: grade, testId: "brief-grade" }, composite!, rank!] };
}

/** Strengths beside weaknesses, three rows: the two tables of the full summary side by side, each score with its rank. */
function standingsTable(r: SummaryReport, t: ReportT, locale: ReportLocale): TableBlock {
  const rows = Math.max(r.strengths.length, r.weaknesses.length);
  const cells = (s: SummaryReport["strengths"][number] | undefined) => {
    if (!s) return [{ text: "" }, { text: "" }];
    const rank = s.rank === null ? DASH : t("summary.standings.rankOf", { rank: s.rank, total: s.ranked });
    return [{ text: pick(s.name, locale) }, { text: t("brief.area.scoreRank", { score: fmtScore(s.score, locale), rank }), value: s.score }];
  };
  return {
    kind: "table",
    id: "brief-standings",
    caption: t("brief.area.standingsCaption"),
    headers: [t("brief.area.strength"), t("brief.area.scoreRankHeader"), t("brief.area.weakness"), t("brief.area.scoreRankHeader")],
    numeric: [false, true, false, true],
    weights: [3, 1.3, 3, 1.3],
    rows: Array.from({ length: rows }, (_, i) => [...cells(r.strengths[i]), ...cells(r.weaknesses[i])]),
  };
}

/** One sentence per bottleneck heading: its verdict, and the weak indicators by name. */
export function diagnosisLines(r: SummaryReport, t: ReportT, locale: ReportLocale): string[] {
  return r.diagnosis.map((d) => {
    const heading = pick(d.name, locale);
    if (d.severity === "no_data") return t("brief.area.diagnosis.noData", { heading });
    const values = { heading, severity: t(`summary.diagnosis.severity.${d.severity}`), assessed: d.coverage.assessed, weak: d.weakCount };
    if (d.weakCount === 0) return t("brief.area.diagnosis.line", values);
    const list = d.indicators.filter((i) => i.weak).map((i) => pick(i.name, locale));
    return t("brief.area.diagnosis.lineWeak", { ...values, list: list.join(t("summary.separator")) });
  });
}

/** The brief of an area's year, with the head, the draft rule and the number of its full summary. */
export function buildAreaBrief(r: SummaryReport, t: ReportT, locale: ReportLocale, issue: DocumentIssue): RenderableDocument {
  const full = buildSummaryDocument(r, t, locale, issue);
  const area = pick(r.area.names, locale);
  const progress: Block[] =
    r.progress.length === 0
      ? [{ kind: "p", text: progressCountsText(r, t) }]
      : [{ kind: "p", text: r.achievement ? achievementText(r.achievement, t, locale) : progressCountsText(r, t) }, progressChart(r, t, locale, { compact: true })];
  return {
    ...full,
    layout: "brief",
    title: t("brief.area.title", { area, year: r.year }),
    sections: sections([
      ["grade", t("brief.area.sections.grade"), [gradeFigures(r, t, locale)]],
      ["progress", t(r.achievement ? "brief.area.sections.achievement" : "brief.area.sections.progress"), progress],
      ["standings", t("brief.area.sections.standings"), [standingsTable(r, t, locale)]],
      ["diagnosis", t("brief.area.sections.diagnosis"), [{ kind: "list", items: diagnosisLines(r, t, locale) }]],
    ]),
    // The workbook's notes are the full summary's; the brief has no workbook.
    // The brief is read, not signed: the full summary carries the lines to sign.
    signature: [],
    dataNotes: [],
    // The title names the area; the footer, on one line under it, need not.
    footer: t("brief.area.footer", { year: r.year }),
  };
}

// ---------------------------------------------------------------------------------------------
// The national brief

type Row = OverviewReport["levels"][number]["rows"][number];

const APPROVALS = ["approved", "submitted", "returned", "draft"] as const;

function reportingBlocks(o: OverviewReport, rows: Row[], t: ReportT, locale: ReportLocale): Block[] {
  const total = rows.length;
  const value = (count: number) => t("brief.national.reporting.value", { count, total, percent: fmtPercent(count, total, locale) });
  const complete = rows.filter((r) => r.completeness.expected > 0 && r.completeness.reported >= r.completeness.expected).length;
  const approved = rows.filter((r) => r.approval === "approved").length;
  const decided = rows.filter((r) => r.decision !== null).length;
  const figures: FiguresBlock = {
    kind: "figures",
    id: "brief-reporting",
    items: [
      { label: t("brief.national.reporting.complete"), value: value(complete), number: complete, testId: "brief-complete" },
      { label: t("brief.national.reporting.approved"), value: value(approved), number: approved, testId: "brief-approved" },
      { label: t("brief.national.reporting.decided"), value: value(decided), number: decided, testId: "brief-decided" },
    ],
  };
  const bars: BarsBlock = {
    kind: "bars",
    id: "brief-approvals",
    caption: t("brief.national.reporting.barsCaption", { year: o.year }),
    min: 0,
    max: Math.max(total, 1),
    reference: null,
    series: [t("summary.completeness.approval")],
    items: APPROVALS.map((status) => {
      const count = rows.filter((r) => r.approval === status).length;
      return { label: t(`summary.approval.${status}`), values: [count], texts: [value(count)], tone: status === "approved" ? "achieved" : status === "returned" ? "limited" : "insufficient_data" };
    }),
  };
  return [figures, bars];
}

function gradeTable(rows: Row[], t: ReportT, locale: ReportLocale): TableBlock {
  const total = rows.length;
  const cell = (count: number) => ({ text: t("brief.national.grades.value", { count, percent: fmtPercent(count, total, locale) }), value: count });
  const line = (label: string, proposed: (g: Grade | null) => boolean, decided: (g: Grade | null) => boolean) => [
    { text: label },
    cell(rows.filter((r) => proposed(r.proposed)).length),
    cell(rows.filter((r) => decided(r.decision?.final ?? null)).length),
  ];
  return {
    kind: "table",
    id: "brief-grades",
    caption: t("brief.national.grades.caption"),
    headers: [t("brief.national.grades.grade"), t("brief.national.grades.proposed"), t("brief.national.grades.decided")],
    numeric: [false, true, true],
    weights: [2, 1.5, 1.5],
    rows: [
      ...GRADES.map((g) => line(t(`summary.grades.${g}`), (p) => p === g, (d) => d === g)),
      line(t("brief.national.grades.none"), (p) => p === null, (d) => d === null),
    ],
  };
}

const LEADERS = 3;

function leadersTable(o: OverviewReport, t: ReportT, locale: ReportLocale): TableBlock {
  const gradeOf = (r: Row) => (r.decision ? t(`summary.grades.${r.decision.final}`) : r.proposed ? t("brief.area.gradeProposed", { grade: t(`summary.grades.${r.proposed}`) }) : DASH);
  return {
    kind: "table",
    id: "brief-leaders",
    caption: t("brief.national.leaders.caption"),
    headers: [t("brief.national.leaders.level"), t("brief.national.leaders.rank"), t("brief.national.leaders.area"), t("brief.national.leaders.composite"), t("brief.national.leaders.grade")],
    numeric: [false, true, false, true, false],
    weights: [1.3, 0.5, 3.6, 0.9, 1.4],
    rows: o.levels.flatMap((level) =>
      level.rows
        .filter((r) => r.rank !== null)
        .slice(0, LEADERS)
        .map((r, i) => [
          { text: i === 0 ? t(`peerGroups.level.${level.level}`) : "" },
          { text: String(r.rank), value: r.rank },
          { text: pick(r.names, locale), testId: `brief-leader-${r.code}` },
          { text: fmtScore(r.composite, locale), value: r.composite },
          { text: gradeOf(r) },
        ]),
    ),
  };
}

function flaggedBlocks(o: OverviewReport, t: ReportT, locale: ReportLocale): Block[] {
  const flagged = o.levels.flatMap((level) => level.rows.filter((r) => r.flags.length > 0).map((r) => ({ level: level.level, r })));
  if (flagged.length === 0) return [{ kind: "p", text: t("overview.noneFlagged") }];
  return [
    { kind: "p", text: t("overview.flaggedCount", { count: flagged.length }) },
    {
      kind: "table",
      id: "brief-flagged",
      caption: t("brief.national.flagged.caption"),
      headers: [t("brief.national.flagged.area"), t("brief.national.flagged.level"), t("brief.national.flagged.run")],
      numeric: [false, false, false],
      weights: [1.6, 1.2, 4],
      rows: flagged.map(({ level, r }) => [
        { text: pick(r.names, locale) },
        { text: t(`peerGroups.level.${level}`) },
        { text: r.flags.map((f) => poorFlagText(f, t)).join("\n"), tone: r.flags.some((f) => f.current) ? "missed" : undefined },
      ]),
    },
  ];
}

/**
 * A draft until every area's year is approved and its grade decided (the area rule, for all areas).
 * `publicOnly`: the overview was made for the public, from approved years only, and says so;
 * `demo`: demonstration values remain, as the pages' banner says.
 */
export function buildNationalBrief(o: OverviewReport, t: ReportT, locale: ReportLocale, issue: DocumentIssue, { publicOnly, demo }: { publicOnly: boolean; demo: boolean }): RenderableDocument {
  const rows = o.levels.flatMap((l) => l.rows);
  const draft = rows.length === 0 || rows.some((r) => isDraftSummary(r.approval, r.decision?.state ?? "proposed"));
  const line = (label: string, value: string) => t("summary.document.line", { label, value });
  const notes = [...(draft ? [t("brief.national.draftNote")] : []), ...(publicOnly ? [t("brief.national.publicNote")] : [])];
  return {
    lang: locale,
    layout: "brief",
    head: {
      issuer: pick(issue.issuer, locale),
      number: line(t("summary.document.number"), draft ? t("summary.document.draftNumber") : (issue.number ?? t("brief.national.unnumbered"))),
      issued: line(t("summary.document.issued"), formatDate(issue.issuedAt, locale)),
    },
    title: t("brief.national.title", { year: o.year }),
    subtitle: t("brief.national.subtitle", { period: pick(o.period, locale), count: rows.length }),
    watermark: draft ? t("summary.document.watermark") : null,
    draftNote: notes.length > 0 ? notes.join(" ") : null,
    signature: [],
    demoNote: demo ? t("demo.banner") : null,
    sections: sections([
      ["reporting", t("brief.national.sections.reporting"), reportingBlocks(o, rows, t, locale)],
      ["grades", t("brief.national.sections.grades"), [gradeTable(rows, t, locale)]],
      ["leaders", t("brief.national.sections.leaders"), [leadersTable(o, t, locale)]],
      ["flagged", t("brief.national.sections.flagged"), flaggedBlocks(o, t, locale)],
    ]),
    dataNotes: [],
    footer: t("brief.national.footer", { year: o.year }),
  };
}
