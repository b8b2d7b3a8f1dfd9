// The numbers of issued summary documents (docs/methodology.md §6.12): an administrator sets a
// pattern, and each number fills it with the year of issue and a counter that starts at 1 each year.
// Tokens: {year} the year of issue, {seq} the counter, {seq:N} the counter with N digits (1–6).

export const DEFAULT_ISSUER = { zh: "产业转型升级示范区监测平台", en: "Industrial Transformation and Upgrading Demonstration Area Monitoring Platform" } as const;
export const DEFAULT_NUMBER_PATTERN = "TM-{year}-{seq:3}";
export const NUMBER_PATTERN_MAX = 60;

const TOKEN = /\{(year|seq)(?::(\d))?\}/g;

/** Why a pattern cannot make numbers (a message code), or null when it can. */
export function numberPatternProblem(pattern: string): "pattern_no_seq" | "pattern_no_year" | "pattern_unknown_token" | "pattern_digits" | null {
  const rest = pattern.replace(TOKEN, "");
  if (/[{}]/.test(rest)) return "pattern_unknown_token";
  let seq = false;
  let year = false;
  for (const m of pattern.matchAll(TOKEN)) {
    if (m[1] === "year" && m[2] !== undefined) return "pattern_unknown_token";
    if (m[1] === "year") year = true;
    if (m[1] === "seq") {
      seq = true;
      if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 6)) return "pattern_digits";
    }
  }
  // Without the counter two documents of a year, without the year two documents of different years,
  // would carry one number.
  if (!seq) return "pattern_no_seq";
  return year ? null : "pattern_no_year";
}

/** The number of the `seq`-th document issued in `year`: formatNumber("TM-{year}-{seq:3}", 2026, 7) = "TM-2026-007". */
export function formatDocumentNumber(pattern: string, year: number, seq: number): string {
  return pattern.replace(TOKEN, (_, token: string, digits?: string) => (token === "year" ? String(year) : String(seq).padStart(digits ? Number(digits) : 0, "0")));
}

/**
 * Whether a summary is a draft: its year's data not yet approved, or its grade not yet decided by an
 * evaluator. A draft carries a watermark on every page and no number.
 */
export function isDraftSummary(approval: string, gradeState: "proposed" | "confirmed" | "overridden"): boolean {
  return approval !== "approved" || gradeState === "proposed";
}
