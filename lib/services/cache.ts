import "server-only";
import type { DataVersionedTable } from "@/db/schema";
import { readTableVersions } from "@/db/queries/write-stamps";
import { processWide } from "@/lib/process-wide";

// Every result the server keeps in memory, in one table: what it depends on and how many entries it
// may hold. Results derived from the whole database (composites over thousands of areas, the national
// overview) are kept until what they were computed from changes. Each lookup reads a write stamp from
// the database itself, so no write path has to remember to invalidate anything: a write by this
// server or by a script on another connection makes a kept result stale (a restore is made with the
// server stopped, so it starts with nothing kept).
//
// Three ways of keeping:
// - "until-write": an entry per key, stamped with the write counters of `dependsOn` (data_versions);
//   a lookup with another stamp computes anew, and entries of an older stamp go. At most
//   `maxEntries`, the least recently used going first. A kind that reads another kept kind depends
//   on that kind's tables too. Writes to tables no kind depends on (sessions, sign-in attempts,
//   registrations, the audit log, comments, saved groups) keep everything.
// - "per-indicator": an entry per indicator (and first year), stamped with that indicator's own
//   counters (indicator_value_versions), so a write to one indicator leaves the others kept.
// - "alongside": derived from an entry of another kind and kept as long as that entry is (a WeakMap
//   on the kept object), so it needs no stamp and no bound of its own.
//
// Every kept result is shared by the requests that ask for the same key: callers treat it as read-only.

type UntilWrite = {
  mechanism: "until-write";
  /** The tables whose write counters the result is computed from; every table it reads must be among them. */
  dependsOn: readonly DataVersionedTable[];
  maxEntries: number;
};
type PerIndicator = { mechanism: "per-indicator"; dependsOn: "the indicator's own counters"; maxEntries: "one per indicator and first year" };
type Alongside = { mechanism: "alongside"; follows: string; maxEntries: "one per kept entry it follows" };
export type CacheSpec = UntilWrite | PerIndicator | Alongside;

/** What the scores of a group are computed from: the values and the areas (saved groups never change once made). */
const SCORES = ["indicator_values", "areas"] as const;
/**
 * What an area's progress toward its targets is computed from: its values and targets, the approved
 * years (a verdict turns final when its target year is approved), the catalogue and the plan periods.
 */
const PROGRESS = ["indicator_values", "targets", "area_years", "indicators", "plan_periods"] as const;
/** Scores and progress together: every area's grade proposals, and the home page's national picture. */
const SCORES_AND_PROGRESS = [...SCORES, ...PROGRESS.slice(1)] as const;
/**
 * What the annual summary of an area reads: the scores and the progress, the evaluator's assessments
 * and grade decisions, the official results, and the names of who decided, assessed or recorded.
 * Sessions, sign-in attempts, registrations, comments, saved groups and the audit log are not among
 * them: a sign-in keeps a rendered PDF.
 */
const SUMMARY = [...SCORES_AND_PROGRESS, "qualitative_assessments", "grade_decisions", "official_results", "users"] as const;
/** What the national overview reads: the summary's inputs but the assessments. */
const OVERVIEW = [...SCORES_AND_PROGRESS, "grade_decisions", "official_results", "users"] as const;

/**
 * A few entries: enough for the overview's years × levels, small enough to keep the server's memory
 * bounded at national scale.
 */
const FEW = 24;
/**
 * For kinds whose every entry covers a whole group of areas (a composite, last year's scores, the
 * overview's proposals): megabytes each at national scale. Four cover the current year's groups (all
 * areas, each level) and one more.
 */
const GROUP_RESULTS = 4;

export const CACHES = {
  // Reads every page makes, of whole tables.
  /** The indicator catalogue; changes only when the reference data is seeded again. */
  indicators: { mechanism: "until-write", dependsOn: ["indicators"], maxEntries: 1 },
  /** The plan periods; change only when the reference data is seeded again. */
  "plan-periods": { mechanism: "until-write", dependsOn: ["plan_periods"], maxEntries: 1 },
  /** The breaks in indicator series: reference data seeded with the catalogue on every start, whose upsert moves the indicators' counter. */
  "series-breaks": { mechanism: "until-write", dependsOn: ["indicators"], maxEntries: 1 },
  /** One plan period's national references (reference data, as the periods). */
  "national-references": { mechanism: "until-write", dependsOn: ["national_references"], maxEntries: 4 },
  /** Every active area, what peer groups are chosen from. */
  "peer-areas": { mechanism: "until-write", dependsOn: ["areas"], maxEntries: 1 },
  /** The default year of the comparisons: the latest year enough active areas reported (from that year's composite). */
  "comparison-year": { mechanism: "until-write", dependsOn: ["indicator_values", "areas"], maxEntries: 1 },
  /** The years with any value from a first year on: a scan of every value. */
  "data-years": { mechanism: "until-write", dependsOn: ["indicator_values"], maxEntries: FEW },
  /** Whether any demonstration value remains (every page's layout asks). */
  "demo-values": { mechanism: "until-write", dependsOn: ["indicator_values"], maxEntries: 1 },
  /** The years with any area-year row (the review queue's filter). */
  "review-years": { mechanism: "until-write", dependsOn: ["area_years"], maxEntries: 1 },
  /**
   * The reviewers' part of the to-do (the years waiting, the areas overdue), the same for every
   * reviewer and asked for by the header of every page they open: per day and reporting calendar
   * (lib/services/todo.ts). The calendar has no counter; it is part of the key.
   */
  "review-todo": { mechanism: "until-write", dependsOn: ["area_years", "areas", "users"], maxEntries: 2 },
  /** The approved area-years, what the public audience is shown (lib/services/audience.ts). */
  "approved-area-years": { mechanism: "until-write", dependsOn: ["area_years"], maxEntries: 1 },
  /** One area's official results with their sources and who recorded them (its page's official record). */
  "official-record": { mechanism: "until-write", dependsOn: ["official_results", "areas", "users"], maxEntries: FEW },
  /** One area's values as bare points, for its charts and its progress. */
  "area-series": { mechanism: "until-write", dependsOn: ["indicator_values"], maxEntries: FEW },

  // Computed results.
  /** One area's progress toward the targets of a plan period, as of a year (an approval makes a verdict final). */
  "area-progress": { mechanism: "until-write", dependsOn: PROGRESS, maxEntries: FEW },
  /** One map per period, filled area by area as the home page shows them: each area's counts by status. */
  "progress-summaries": { mechanism: "until-write", dependsOn: PROGRESS, maxEntries: 4 },
  /** The composite index of one group for one year: the query and the method, end to end. */
  "group-composite": { mechanism: "until-write", dependsOn: SCORES, maxEntries: GROUP_RESULTS },
  /** A group's rankings payload; a payload of every area holds about as much as its composite. */
  rankings: { mechanism: "until-write", dependsOn: SCORES, maxEntries: 8 },
  /** One area compared with its peers. */
  compare: { mechanism: "until-write", dependsOn: SCORES, maxEntries: FEW },
  /** The members' scores of last year on this year's window, for a group (the summary's movers). */
  "previous-scores": { mechanism: "until-write", dependsOn: SCORES, maxEntries: GROUP_RESULTS },
  /** Net migration scored alone over a group (the summary's diagnosis). */
  "net-migration": { mechanism: "until-write", dependsOn: SCORES, maxEntries: GROUP_RESULTS },
  /** One area's annual evaluation summary: it reads decisions, assessments, approvals and the official record too. */
  summary: { mechanism: "until-write", dependsOn: SUMMARY, maxEntries: FEW },
  /**
   * The proposed grades of every area for every year up to one: kept across the overview's own grade
   * decisions. The approvals count: an approved year is judged toward its targets as they stood at its
   * approval.
   */
  "grade-proposals": { mechanism: "until-write", dependsOn: SCORES_AND_PROGRESS, maxEntries: GROUP_RESULTS },
  /** The home page's national picture of one year: reporting (values, approvals), every target's status, leaders and movers. */
  "national-picture": { mechanism: "until-write", dependsOn: SCORES_AND_PROGRESS, maxEntries: 4 },
  /** The national overview of one year: decisions, approvals, completeness and the official record on top of the kept proposals. */
  overview: { mechanism: "until-write", dependsOn: OVERVIEW, maxEntries: FEW },

  // Answers of the worker pool (lib/workers/), kept by the server so that asking again does not go to the pool.
  /**
   * One summary document (PDF, Word or .xlsx in one language) as its bytes: it is made from the
   * summary, so it depends on what the summary does. A PDF is 0.1–0.3 MB, Word and .xlsx less; 32
   * entries hold the documents a class of officials or a busy hour asks for, within about 10 MB.
   */
  "summary-file": { mechanism: "until-write", dependsOn: SUMMARY, maxEntries: 32 },
  /** The national one-page brief of a year (PDF or Word, per language and audience) as its bytes: made from the overview. */
  "national-brief-file": { mechanism: "until-write", dependsOn: OVERVIEW, maxEntries: 8 },
  /** The national overview of one year as the pool computed it (the pool keeps `overview` and `grade-proposals` itself). */
  "pooled-overview": { mechanism: "until-write", dependsOn: OVERVIEW, maxEntries: FEW },
  /** The home page's national picture as the pool computed it (the pool keeps `national-picture` itself). */
  "pooled-national-picture": { mechanism: "until-write", dependsOn: SCORES_AND_PROGRESS, maxEntries: 4 },

  // JSON bodies of the API, serialised and encoded (lib/api/kept-json.ts).
  "rankings-json": { mechanism: "until-write", dependsOn: SCORES, maxEntries: FEW },
  "compare-json": { mechanism: "until-write", dependsOn: SCORES, maxEntries: FEW },
  "values-json": { mechanism: "until-write", dependsOn: ["indicator_values"], maxEntries: FEW },
  "progress-json": { mechanism: "until-write", dependsOn: PROGRESS, maxEntries: FEW },
  "areas-json": { mechanism: "until-write", dependsOn: ["areas"], maxEntries: FEW },

  /** Each indicator's values of every area, as typed columns (lib/services/value-columns.ts). */
  "value-columns": { mechanism: "per-indicator", dependsOn: "the indicator's own counters", maxEntries: "one per indicator and first year" },

  /** A composite's values by indicator and area, shared by the compare payloads of all its members. */
  "group-values": { mechanism: "alongside", follows: "group-composite", maxEntries: "one per kept entry it follows" },
  /** A group's quartiles of each indicator and year, shared by the comparisons of all its members. */
  "group-quartiles": { mechanism: "alongside", follows: "group-composite", maxEntries: "one per kept entry it follows" },
} as const satisfies Record<string, CacheSpec>;

export type CacheKind = keyof typeof CACHES;
type KindsOf<M extends CacheSpec["mechanism"]> = { [K in CacheKind]: (typeof CACHES)[K]["mechanism"] extends M ? K : never }[CacheKind];
export type UntilWriteKind = KindsOf<"until-write">;
export type PerIndicatorKind = KindsOf<"per-indicator">;
export type AlongsideKind = KindsOf<"alongside">;

// ---------------------------------------------------------------------------------------------
// "until-write"

function tablesStamp(tables: readonly DataVersionedTable[]): string {
  const version = new Map(readTableVersions().map((r) => [r.name, r.version]));
  return tables.map((t) => `${t}:${version.get(t)}`).join(",");
}

type Entry = { stamp: string; value: unknown };

// Process-wide: the pages' and the route handlers' bundles each load their own copy of this module.
const untilWrite = processWide("cache:until-write", () => new Map<UntilWriteKind, Map<string, Entry>>());

/** `compute()` once per key of this kind, until the next write to what the kind depends on. */
export function keptUntilWrite<T>(kind: UntilWriteKind, key: string, compute: () => T): T {
  const { dependsOn, maxEntries } = CACHES[kind];
  const stamp = tablesStamp(dependsOn);
  let cache = untilWrite.get(kind);
  if (!cache) untilWrite.set(kind, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) {
    // Most recently used last, so the oldest entry is the first to go.
    cache.delete(key);
    cache.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  cache.delete(key);
  cache.set(key, { stamp, value });
  // Entries of an older stamp can never be hit again.
  for (const [k, e] of cache) if (e.stamp !== stamp) cache.delete(k);
  while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
  return value;
}

/**
 * As keptUntilWrite, for a result made elsewhere (in the worker pool): the promise is kept, so that
 * the requests that ask while it is being made wait for the same one; a failed one is not kept, so
 * the next request tries again. A write while it is made leaves it stamped with the stamp before, so
 * the next lookup makes it anew.
 */
export function keptUntilWriteAsync<T>(kind: UntilWriteKind, key: string, compute: () => Promise<T>): Promise<T> {
  return keptUntilWrite(kind, key, () => {
    const pending = compute();
    pending.catch(() => {
      const cache = untilWrite.get(kind);
      if (cache?.get(key)?.value === pending) cache.delete(key);
    });
    return pending;
  });
}

// ---------------------------------------------------------------------------------------------
// "per-indicator"

/** The entries of a per-indicator kind: the service that keeps them checks each against its indicator's counters. */
export function perIndicatorEntries<V>(kind: PerIndicatorKind): Map<string, V> {
  return processWide(`cache:${kind}`, () => new Map<string, V>());
}

// ---------------------------------------------------------------------------------------------
// "alongside"

const alongside = new Map<AlongsideKind, WeakMap<object, unknown>>();

/** `compute()` once per kept object `owner` (an entry of the kind this one follows), for as long as it is kept. */
export function keptAlongside<T>(kind: AlongsideKind, owner: object, compute: () => T): T {
  let cache = alongside.get(kind);
  if (!cache) alongside.set(kind, (cache = processWide(`cache:${kind}`, () => new WeakMap<object, unknown>())));
  if (cache.has(owner)) return cache.get(owner) as T;
  const value = compute();
  cache.set(owner, value);
  return value;
}
