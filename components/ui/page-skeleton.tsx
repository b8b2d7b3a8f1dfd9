type Props = {
  /** Width of the title bar. */
  title: string;
  /** Classes of the block under the title (filters, a summary). */
  lead: string;
  rows: number;
  /** Classes of one row. */
  row: string;
  /** list: table rows close together; grid: cards in columns; stack: large blocks spaced as the page's sections. */
  layout: "list" | "grid" | "stack";
};

/** What a route shows while its page loads: grey blocks in the shape of the page to come. */
export function PageSkeleton({ title, lead, rows, row, layout }: Props) {
  const items = Array.from({ length: rows }, (_, i) => <div key={i} className={`${row} bg-slate-200`} />);
  return (
    <div className="animate-pulse space-y-4" aria-busy="true">
      <div className={`h-8 ${title} rounded bg-slate-200`} />
      <div className={`${lead} bg-slate-200`} />
      {layout === "stack" ? items : <div className={layout === "grid" ? "grid gap-3 sm:grid-cols-2 lg:grid-cols-3" : "space-y-2"}>{items}</div>}
    </div>
  );
}
