import type { Grade } from "@/lib/domain/summary/grades";

// Colour per grade (text and background with AA contrast); the label always accompanies the colour.
const STYLE: Record<Grade, string> = {
  excellent: "bg-emerald-100 text-emerald-900 border-emerald-300",
  good: "bg-sky-50 text-sky-900 border-sky-300",
  fair: "bg-amber-50 text-amber-900 border-amber-300",
  poor: "bg-red-50 text-red-900 border-red-300",
};

export function GradeBadge({ grade, label, testId }: { grade: Grade; label: string; testId?: string }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${STYLE[grade]}`} data-grade={grade} data-testid={testId}>
      {label}
    </span>
  );
}
