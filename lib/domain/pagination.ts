// Page arithmetic shared by the server-paged lists (home, review queue, audit) and the client-paged
// rankings table. Pages are numbered from 1.

/** How many pages `total` items fill at `pageSize` a page; an empty list still has one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The page to show: a page past the end (a bookmark from before a filter, a hand-typed `?page=99`)
 * shows the last page rather than an empty one; anything not a whole number ≥ 1 shows the first.
 */
export function clampPage(page: number, total: number, pageSize: number): number {
  if (!Number.isInteger(page) || page < 1) return 1;
  return Math.min(page, pageCount(total, pageSize));
}

/** LIMIT / OFFSET of a page, for a query. */
export function pageWindow(page: number, pageSize: number): { limit: number; offset: number } {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

/** The items of one page of an in-memory list. */
export function pageSlice<T>(items: readonly T[], page: number, pageSize: number): T[] {
  const { limit, offset } = pageWindow(page, pageSize);
  return items.slice(offset, offset + limit);
}

/** A `?page=` value from the URL as a number (1 when absent or not a number). */
export function parsePage(value: unknown): number {
  const n = typeof value === "string" ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** The page on which the item at `index` (from 0) of a list stands. */
export function pageContaining(index: number, pageSize: number): number {
  return Math.floor(index / pageSize) + 1;
}
