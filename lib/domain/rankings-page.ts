import { clampPage, pageSlice, parsePage } from "./pagination";

// One page of a group's rankings: search, sort and page over every row, so that a client asks for
// the 25 rows it shows instead of receiving all 3,000.

export const DIMENSION_SORTS = ["entity", "factor", "structure"] as const;
/** `composite`, `change`, a dimension, or `ind:KEY` for an indicator's raw value. */
export type RankingsSort = "composite" | "change" | (typeof DIMENSION_SORTS)[number] | `ind:${string}`;

export type RankedRow = {
  code: string;
  names: { zh: string; en: string };
  composite: number | null;
  change: number | null;
  dimensions: Record<(typeof DIMENSION_SORTS)[number], number | null>;
  indicators: Record<string, number | null>;
};

export type RankingsPageRequest = {
  /** Matched, case-insensitively, against the code and both names. */
  q?: string;
  sort: RankingsSort;
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
};

export type RankingsPage<Row> = {
  /** Rows that match the search, before paging. */
  matched: number;
  /** The page shown: one past the end shows the last. */
  page: number;
  pageSize: number;
  rows: Row[];
};

function sortValue(row: RankedRow, sort: RankingsSort): number | null {
  if (sort === "composite") return row.composite;
  if (sort === "change") return row.change;
  if (sort.startsWith("ind:")) return row.indicators[sort.slice(4)] ?? null;
  return row.dimensions[sort as (typeof DIMENSION_SORTS)[number]] ?? null;
}

/** Rows without a value go last in both directions; ties keep the order given (by rank). */
export function rankingsPage<Row extends RankedRow>(rows: readonly Row[], request: RankingsPageRequest): RankingsPage<Row> {
  const q = request.q?.trim().toLowerCase() ?? "";
  const matching = q
    ? rows.filter((r) => r.code.toLowerCase().includes(q) || r.names.zh.includes(q) || r.names.en.toLowerCase().includes(q))
    : rows;
  const sign = request.dir === "asc" ? 1 : -1;
  const sorted = matching
    .map((row, index) => ({ row, index, value: sortValue(row, request.sort) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      return (a.value - b.value) * sign || a.index - b.index;
    })
    .map((s) => s.row);
  const page = clampPage(request.page, sorted.length, request.pageSize);
  return { matched: sorted.length, page, pageSize: request.pageSize, rows: pageSlice(sorted, page, request.pageSize) };
}

export const RANKINGS_SORT_PATTERN = /^(composite|change|entity|factor|structure|ind:[a-z0-9_]{1,64})$/;

/**
 * Rows a page of the rankings table. 25 so that the 40 demo areas already show the pager.
 */
export const RANKINGS_PAGE_SIZE = 25;

/** One page of rankings as the rankings page asks for it; every field is part of its query key. */
export type RankingsQuery = {
  year: number;
  group: string;
  /** The indicator shown as a column ("" for none). */
  indicator: string;
  q: string;
  sort: RankingsSort;
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
};

/** The rankings page's state from its URL, read the same way by the server's prefetch and by the table. */
export function rankingsQueryFromUrl(get: (key: string) => string | null, defaults: { year: number; group: string }): RankingsQuery {
  const sortParam = get("sort") ?? "";
  const sort: RankingsSort = RANKINGS_SORT_PATTERN.test(sortParam) ? (sortParam as RankingsSort) : "composite";
  return {
    year: Number(get("year")) || defaults.year,
    group: get("group") ?? defaults.group,
    // The column shown: chosen, or implied by sorting on an indicator.
    indicator: get("indicator") ?? (sort.startsWith("ind:") ? sort.slice(4) : ""),
    q: (get("q") ?? "").trim().toLowerCase(),
    sort,
    dir: get("dir") === "asc" ? "asc" : "desc",
    page: parsePage(get("page")),
    pageSize: RANKINGS_PAGE_SIZE,
  };
}
