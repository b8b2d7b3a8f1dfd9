import type { PlanPeriod } from "@/lib/domain/plan";

// The five-year plan periods (code-owned reference data, re-applied on every start, like the
// indicator catalogue). A further period is one more row here; no other code knows plan years.
// The 14th period ended with 2025 and is being judged; the 15th outline was adopted on 12 March 2026
// (db/seed/policy-documents.ts, "fifteenth-plan-outline-2026").
export const PLAN_PERIODS: PlanPeriod[] = [
  { code: "fyp14", nameZh: "“十四五”时期（2021—2025年）", nameEn: "14th Five-Year Plan period (2021–2025)", baseYear: 2020, targetYear: 2025, state: "closed" },
  { code: "fyp15", nameZh: "“十五五”时期（2026—2030年）", nameEn: "15th Five-Year Plan period (2026–2030)", baseYear: 2025, targetYear: 2030, state: "open" },
];
