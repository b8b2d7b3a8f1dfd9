// The summary is computed in lib/services/summary.ts; this name stays importable from here for the
// server actions that still read it at this path.
export { summaryYears } from "@/lib/services/summary";
