import { countedText } from "@/lib/i18n/grade-texts";
import type { OfficialResultView } from "@/lib/services/official-record";
import type { SummaryReport } from "@/lib/services/summary";
import { DASH, fmtScore, type ReportLocale } from "./format";
import type { ReportT } from "./labels";
import { inLanguage, sourceText } from "./language";
import type { Block, Cell, TableBlock } from "./summary-document";

// Two parts of the summary document that rest on the programme's own record: the pathways under the
// diagnosis (docs/methodology.md §6.10) and the official results beside the grade (§6.11). Built as
// blocks of the one document, so the page, PDF, Word and .xlsx show the same. Links to the policy
// documents and sources are on the page; the files carry the addresses as text.

const pick = (b: { zh: string; en: string }, locale: ReportLocale) => b[locale];

/** /policy#<id>: where a policy document is on the timeline. */
export const policyHref = (id: string) => `/policy#${id}`;

function documentsCell(documents: { id: string; shortTitle: { zh: string; en: string } }[], t: ReportT, locale: ReportLocale): Cell {
  if (documents.length === 0) return { text: t("summary.pathways.noDocuments") };
  const links = documents.map((d) => ({ text: pick(d.shortTitle, locale), href: policyHref(d.id) }));
  return { text: links.map((l) => l.text).join(t("summary.separator")), links };
}

// ---------------------------------------------------------------------------------------------
// Pathways (under the diagnosis)

function pathwayTable(p: SummaryReport["pathways"][number], t: ReportT, locale: ReportLocale): TableBlock {
  const lineOf = new Map(p.lines.map((l) => [l.key, l]));
  return {
    kind: "table",
    id: `pathway-${p.key}`,
    caption: t("summary.pathways.tableCaption", { name: pick(p.name, locale) }),
    headers: [t("summary.pathways.columns.indicator"), t("summary.pathways.columns.score"), t("summary.pathways.columns.rank"), t("summary.pathways.columns.action"), t("summary.pathways.columns.documents")],
    numeric: [false, true, true, false, false],
    rows: p.items.map((item) => {
      const lines = item.lines.map((k) => lineOf.get(k)!);
      const docs = [...new Map(lines.flatMap((l) => l.documents).map((d) => [d.id, d])).values()];
      return [
        { text: pick(item.name, locale), testId: `pathway-item-${item.indicatorKey}` },
        { text: fmtScore(item.score, locale), value: item.score },
        { text: t("summary.standings.rankOf", { rank: item.rank, total: item.ranked }), value: item.rank },
        { text: lines.map((l) => t("summary.pathways.lineAction", { name: pick(l.name, locale), action: pick(l.action, locale) })).join("\n"), testId: `pathway-action-${item.indicatorKey}` },
        documentsCell(docs, t, locale),
      ];
    }),
  };
}

function pathwayMappingTable(r: SummaryReport, t: ReportT, locale: ReportLocale): TableBlock {
  return {
    kind: "table",
    id: "pathway-lines",
    caption: t("summary.pathways.mappingCaption"),
    headers: [t("summary.pathways.columns.line"), t("summary.pathways.columns.pathway"), t("summary.pathways.columns.indicators"), t("summary.pathways.columns.documents")],
    numeric: [false, false, false, false],
    rows: r.pathways.flatMap((p) =>
      p.lines.map((l): Cell[] => [
        { text: pick(l.name, locale) },
        { text: pick(p.name, locale) },
        { text: l.indicators.map((i) => pick(i.name, locale)).join(t("summary.separator")) },
        documentsCell(l.documents, t, locale),
      ]),
    ),
  };
}

export function pathwayBlocks(r: SummaryReport, t: ReportT, locale: ReportLocale): Block[] {
  const blocks: Block[] = [
    { kind: "h3", text: t("summary.pathways.heading") },
    { kind: "p", text: t("summary.pathways.intro"), note: true },
  ];
  for (const p of r.pathways) {
    const bottleneck = pick(p.bottleneck, locale);
    blocks.push(
      { kind: "h3", text: t("summary.pathways.pathwayHeading", { name: pick(p.name, locale), bottleneck, severity: t(`summary.diagnosis.severity.${p.severity}`) }), tone: p.severity },
      { kind: "p", text: pick(p.description, locale), note: true },
    );
    if (p.items.length === 0) {
      blocks.push({ kind: "p", text: t("summary.pathways.noWeak", { bottleneck }), testId: `pathway-none-${p.key}` });
      continue;
    }
    blocks.push(pathwayTable(p, t, locale));
    if (p.weakCount > p.items.length) blocks.push({ kind: "p", text: t("summary.pathways.moreWeak", { count: p.weakCount - p.items.length }), note: true });
  }
  blocks.push(pathwayMappingTable(r, t, locale));
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Official results (beside the grade, apart from it)

export function officialResultLabel(o: Pick<OfficialResultView, "result" | "field">, t: ReportT, locale: ReportLocale): string {
  const label = t(`official.results.${o.result}`);
  return o.result === "commendation" && o.field ? t("official.commendationIn", { field: pick(o.field, locale) }) : label;
}

export function officialYearText(o: Pick<OfficialResultView, "year" | "periodStart">, t: ReportT): string {
  return o.periodStart === null ? String(o.year) : t("official.period", { from: o.periodStart, to: o.year });
}

export function officialCityText(o: Pick<OfficialResultView, "city">, t: ReportT, locale: ReportLocale): string {
  return o.city ? pick(o.city, locale) : t("official.wholeArea");
}

function officialTable(r: SummaryReport, t: ReportT, locale: ReportLocale): TableBlock {
  return {
    kind: "table",
    id: "official-results",
    caption: t("summary.official.tableCaption", { year: r.year }),
    headers: [t("official.columns.year"), t("official.columns.city"), t("official.columns.result"), t("official.columns.source"), t("official.columns.kind"), t("official.columns.note")],
    numeric: [false, false, false, false, false, false],
    rows: r.official.results.map((o) => [
      { text: officialYearText(o, t) },
      { text: officialCityText(o, t, locale) },
      { text: officialResultLabel(o, t, locale), tone: `official-${o.result}`, testId: `summary-official-${o.id}` },
      // The files carry the address; the page shows the title as a link to it.
      { text: sourceText(o.source.title, o.source.url, locale), links: [{ text: inLanguage(o.source.title, locale) ? o.source.title : o.source.url, href: o.source.url, external: true }] },
      { text: t(`official.sourceKinds.${o.source.kind}`) },
      { text: o.note ? pick(o.note, locale) : DASH },
    ]),
  };
}

export function officialBlocks(r: SummaryReport, t: ReportT, locale: ReportLocale): Block[] {
  const blocks: Block[] = [
    { kind: "h3", text: t("summary.official.heading") },
    { kind: "p", text: t("summary.official.intro"), note: true },
    r.official.results.length > 0 ? officialTable(r, t, locale) : { kind: "p", text: t("summary.official.none", { year: r.year }), testId: "summary-official-none" },
  ];
  const { grade, basis } = r.official.counted;
  const countedLine =
    basis === "official"
      ? t("summary.official.counted.official", { year: r.year, standing: t(`official.standing.${grade === "poor" ? "poor" : "not_poor"}`) })
      : basis === "decided" && grade && grade !== "not_poor"
        ? t("summary.official.counted.decided", { year: r.year, grade: t(`summary.grades.${grade}`) })
        : t("summary.official.counted.none", { year: r.year });
  blocks.push({ kind: "p", text: countedLine, testId: "summary-official-counted" });
  for (const run of r.official.runs) {
    blocks.push({ kind: "p", text: `${t("summary.official.run", { length: run.length, from: run.years[0]!, to: run.years.at(-1)! })}${countedText(run, t)}`, note: true });
  }
  return blocks;
}
