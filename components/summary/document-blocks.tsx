import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import { STATUS_STYLE } from "@/components/progress/status";
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
  return !!tone && tone in STATUS_STYLE;
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
    <div className="overflow-x-auto summary-table">
      <table className="w-full border-collapse text-sm" data-testid={`table-${block.id}`}>
        <caption className="mb-1 text-left text-sm font-semibold text-slate-800">{block.caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 bg-brand-50 text-left">
            {block.headers.map((h, i) => (
              <th key={h} scope="col" className={`px-2 py-1.5 font-medium ${block.numeric[i] ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r} className="border-b border-slate-100 align-top">
              {row.map((cell, i) => {
                const content: ReactNode = cell.links ? (
                  <CellLinks links={cell.links} />
                ) : isStatus(cell.tone) ? (
                  <span className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[cell.tone]}`} data-status={cell.tone}>
                    {cell.text}
                  </span>
                ) : (
                  <span className={`whitespace-pre-line ${cell.tone ? (TONE_TEXT[cell.tone] ?? "") : ""}`}>{cell.text}</span>
                );
                return i === 0 ? (
                  <th key={i} scope="row" className="px-2 py-1.5 text-left font-normal" data-testid={cell.testId}>
                    {content}
                  </th>
                ) : (
                  <td key={i} className={`px-2 py-1.5 ${block.numeric[i] ? "text-right tabular-nums" : ""}`} data-testid={cell.testId}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
