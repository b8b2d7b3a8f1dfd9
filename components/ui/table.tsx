import { cn } from "@/lib/utils";

export { TableScroll } from "./table-scroll";

// The parts of a data table. Rows are white (or given a colour) so that a sticky cell, which takes
// its row's background, hides the columns that scroll beneath it.

export function Table({ className, ...props }: React.ComponentProps<"table">) {
  return <table className={cn("w-full border-collapse text-sm", className)} {...props} />;
}

export function TableHeader(props: React.ComponentProps<"thead">) {
  return <thead {...props} />;
}

export function TableBody(props: React.ComponentProps<"tbody">) {
  return <tbody {...props} />;
}

/** A body row; `head` for the row of column headers (grey, a darker rule under it). */
export function TableRow({ className, head = false, ...props }: React.ComponentProps<"tr"> & { head?: boolean }) {
  return <tr className={cn("border-b", head ? "border-slate-200 bg-slate-50" : "border-slate-100 bg-white", className)} {...props} />;
}

/**
 * Kept in view while the row scrolls sideways (the column that names the row). `sticky` on a cell
 * that is not the first still works: it scrolls with the others until it reaches the left edge.
 */
const stickyCell = "sticky left-0 z-[1] bg-inherit group-data-[scrolled=true]/scroll:shadow-[6px_0_6px_-4px_rgb(15_23_42/0.25)]";

type CellProps = { numeric?: boolean; sticky?: boolean };

/** A column header (scope="col" unless told otherwise). */
export function TableHead({ className, numeric, sticky, scope = "col", ...props }: React.ComponentProps<"th"> & CellProps) {
  return <th scope={scope} className={cn("px-2 py-2 text-left font-medium text-slate-700", numeric && "text-right", sticky && stickyCell, className)} {...props} />;
}

/** The cell that names its row. */
export function TableRowHeader({ className, numeric, sticky, ...props }: React.ComponentProps<"th"> & CellProps) {
  return <th scope="row" className={cn("px-2 py-1.5 text-left font-normal", numeric && "text-right tabular-nums", sticky && stickyCell, className)} {...props} />;
}

export function TableCell({ className, numeric, sticky, ...props }: React.ComponentProps<"td"> & CellProps) {
  return <td className={cn("px-2 py-1.5", numeric && "text-right tabular-nums", sticky && stickyCell, className)} {...props} />;
}

export function TableCaption({ className, ...props }: React.ComponentProps<"caption">) {
  return <caption className={cn("sr-only", className)} {...props} />;
}
