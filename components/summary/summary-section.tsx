import type { ReactNode } from "react";
import type { SectionId } from "@/lib/reports/summary-document";
import { Card } from "@/components/ui/card";

/** One numbered part of the summary; in print each starts on a new A4 page. */
export function SummarySection({ id, number, heading, children }: { id: SectionId; number: number; heading: string; children: ReactNode }) {
  return (
    <Card asChild>
      <section id={id} aria-labelledby={`${id}-heading`} className="summary-section space-y-3" data-testid={`summary-section-${id}`}>
        <h2 id={`${id}-heading`} className="border-b border-slate-200 pb-1 text-lg font-semibold text-brand-800">
          {number}. {heading}
        </h2>
        {children}
      </section>
    </Card>
  );
}
