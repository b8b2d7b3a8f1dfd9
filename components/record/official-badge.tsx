import type { OfficialResultView } from "@/lib/services/official-record";

// An official result's own look: square, outlined, marked "official", so that it never reads as one of
// the product's grades (GradeBadge: round, filled). The label always accompanies the colour.
const STYLE: Record<OfficialResultView["result"], string> = {
  excellent: "border-indigo-400 text-indigo-950",
  good: "border-indigo-300 text-indigo-900",
  poor: "border-red-400 text-red-900",
  commendation: "border-indigo-300 text-indigo-900",
};

export function OfficialBadge({ result, label, mark, testId }: { result: OfficialResultView["result"]; label: string; mark: string; testId?: string }) {
  return (
    <span className={`inline-flex items-baseline gap-1 rounded-sm border bg-white px-1.5 py-0.5 text-xs font-semibold ${STYLE[result]}`} data-official={result} data-testid={testId}>
      <span className="text-[0.7rem] font-medium text-indigo-800">{mark}</span>
      <span data-official-label>{label}</span>
    </span>
  );
}
