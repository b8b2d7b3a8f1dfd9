import "server-only";
import { toXlsx, type Cell } from "@/lib/export/files";
import { safeSheetName as sheetName } from "./sheet-name";
import type { SummaryDocument, TableBlock } from "./summary-document";

// The summary's data as a workbook: one sheet of key figures (after the notes the numbers need: the
// period's achievement, series breaks) and one sheet per table of the document, with numbers as numbers (rounded as shown), and the narrative sentence by sentence.
// Sheet names come from titles people wrote (an area's name): made safe for Excel by safeSheetName;
// control characters in cells are taken out by toXlsx.

export async function renderSummaryXlsx(document: SummaryDocument, labels: { item: string; value: string; sentence: string; section: string }): Promise<Buffer> {
  const taken = new Set<string>();
  const figures: Cell[][] = [[document.title, null], [document.subtitle, null], ...document.dataNotes.map((note): Cell[] => [note, null])];
  const tables: TableBlock[] = [];
  for (const section of document.sections) {
    for (const block of section.blocks) {
      if (block.kind === "figures") for (const item of block.items) figures.push([`${section.number}. ${item.label}`, item.number ?? item.value]);
      if (block.kind === "table") tables.push(block);
    }
  }
  const narrative = document.sections.flatMap((section) =>
    section.blocks.flatMap((b) => (b.kind === "narrative" ? b.sentences.map((s): Cell[] => [section.heading, s.id, s.text]) : [])),
  );

  return toXlsx([
    { name: sheetName(document.sections[0] ? `${document.title}` : "Summary", taken), headers: [labels.item, labels.value], rows: figures },
    ...tables.map((t) => ({
      name: sheetName(t.caption, taken),
      headers: t.headers,
      rows: t.rows.map((row) => row.map((c) => (c.value !== undefined && c.value !== null ? c.value : c.text))),
    })),
    { name: sheetName(labels.sentence, taken), headers: [labels.section, "id", labels.sentence], rows: narrative },
  ]);
}
