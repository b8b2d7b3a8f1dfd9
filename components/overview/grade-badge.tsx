import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Grade } from "@/lib/domain/summary/grades";

// Tone per grade; the label always accompanies the colour.
const TONE: Record<Grade, BadgeTone> = {
  excellent: "best",
  good: "info",
  fair: "warning",
  poor: "danger",
};

export function GradeBadge({ grade, label, testId }: { grade: Grade; label: string; testId?: string }) {
  return (
    <Badge tone={TONE[grade]} className="font-semibold" data-grade={grade} data-testid={testId}>
      {label}
    </Badge>
  );
}
