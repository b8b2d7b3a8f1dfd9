// The overview is computed in lib/services/overview.ts; this name stays importable from here for the
// server actions that still read it at this path.
export { currentProposal } from "@/lib/services/overview";
