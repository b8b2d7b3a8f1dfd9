import type { BadgeTone } from "@/components/ui/badge";
import type { ProgressStatus } from "@/lib/domain/progress";

// Badge tone per status; the label always accompanies the colour.
export const STATUS_TONE: Record<ProgressStatus | "no_target", BadgeTone> = {
  achieved: "best",
  on_track: "success",
  substantial: "success",
  moderate: "warning",
  limited: "caution",
  deterioration: "danger",
  insufficient_data: "neutral",
  no_data_yet: "neutral",
  met: "best",
  missed: "danger",
  no_target: "neutral",
};
