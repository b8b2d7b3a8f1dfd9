import type { ProgressStatus } from "@/lib/domain/progress";

// Colour per status (text + background with AA contrast); the label always accompanies the colour.
export const STATUS_STYLE: Record<ProgressStatus | "no_target", string> = {
  achieved: "bg-emerald-100 text-emerald-900 border-emerald-300",
  on_track: "bg-emerald-50 text-emerald-900 border-emerald-300",
  substantial: "bg-emerald-50 text-emerald-900 border-emerald-300",
  moderate: "bg-amber-50 text-amber-900 border-amber-300",
  limited: "bg-orange-50 text-orange-900 border-orange-300",
  deterioration: "bg-red-50 text-red-900 border-red-300",
  insufficient_data: "bg-slate-100 text-slate-700 border-slate-300",
  no_target: "bg-slate-100 text-slate-700 border-slate-300",
};
