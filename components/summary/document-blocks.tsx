import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import { STATUS_TONE } from "@/components/progress/status";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHeader, TableScroll } from "@/components/ui/table";
import type { ProgressStatus } from "@/lib/domain/progress";
import type { Block, Cell, FiguresBlock, TableBlock } from "@/lib/reports/summary-document";

// The summary document's blocks as HTML: the page shows exactly the figures, tables and sentences
// the PDF and Word files hold. Charts and the narrative have their own components.

const TONE_TEXT: Record<string, string> = {
  weak: "font-medium text-red-800",
  ok: "text-emerald-800",
  none: "text-slate-600",
  up: "text-emerald-800",
  down: "text-red-800",
  serious: "text-red-800",
  some: "text-amber-900",
  // The official record: its own look, never that of the product's grades.
  "official-excellent": "font-medium text-indigo-900",
  "official-good": "font-medium text-indigo-900",
  "official-poor": "font-medium text-red-800",
  "official-commendation": "text-indigo-900",
};

/** A cell's links in place of its text: a policy document on /policy, or a source elsewhere. */
function CellLinks({ links }: { links: NonNullable<Cell["links"]> }) {
  return (
    <>
      {links.map((l, i) => (
        <Fragment key={l.href}>
          {i > 0 && " · "}
          {l.external ? (
            <a href={l.href} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline underline-offset-2 break-words">
              {l.text}
            </a>
          ) : (
            <Link href={l.href} className="text-brand-700 underline underline-offset-2">
              {l.text}
            </Link>
          )}
        </Fragment>
      ))}
    </>
  );
}

function isStatus(tone: string | undefined): tone is ProgressStatus {
  return !!tone && tone in STATUS_TONE;
}

export function Figures({ block }: { block: FiguresBlock }) {
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-3" data-testid={block.id}>
      {block.items.map((item) => (
        <div key={item.label}>
          <dt className="text-xs text-slate-600">{item.label}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid={item.testId}>
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function DataTable({ block }: { block: TableBlock }) {
  return (
    <TableScroll label={block.caption} className="summary-table border-0">
      <Table data-testid={`table-${block.id}`}>
        <caption className="mb-1 text-left text-sm font-semibold text-slate-800">{block.caption}</caption>
        <TableHeader>
          <TableRow head className="border-slate-300 bg-brand-50">
            {block.headers.map((h, i) => (
              <TableHead key={h} numeric={block.numeric[i]} sticky={i === 0} className="py-1.5 text-slate-900">
                {h}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {block.rows.map((row, r) => (
            <TableRow key={r} className="align-top">
              {row.map((cell, i) => {
                const content: ReactNode = cell.links ? (
                  <CellLinks links={cell.links} />
                ) : isStatus(cell.tone) ? (
                  <Badge tone={STATUS_TONE[cell.tone]} className="whitespace-nowrap" data-status={cell.tone}>
                    {cell.text}
                  </Badge>
                ) : (
                  <span className={`whitespace-pre-line ${cell.tone ? (TONE_TEXT[cell.tone] ?? "") : ""}`}>{cell.text}</span>
                );
                return i === 0 ? (
                  <TableRowHeader key={i} sticky data-testid={cell.testId}>
                    {content}
                  </TableRowHeader>
                ) : (
                  <TableCell key={i} numeric={block.numeric[i]} data-testid={cell.testId}>
                    {content}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

/** Any block but charts and the narrative, which the page draws with their own components. */
export function DocumentBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case "p":
      return (
        <p className={block.note ? "text-xs text-slate-600" : "text-sm text-slate-800"} data-testid={block.testId}>
          {block.text}
        </p>
      );
    case "h3":
      return (
        <h3 className={`pt-2 text-base font-semibold ${block.tone ? (TONE_TEXT[block.tone] ?? "") : ""}`} data-severity={block.tone}>
          {block.text}
        </h3>
      );
    case "list":
      return (
        <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-800">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case "figures":
      return <Figures block={block} />;
    case "table":
      return <DataTable block={block} />;
    default:
      return null;
  }
}
