"use client";

/** Opens the browser's print dialog; the print stylesheet lays the summary out on A4. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50" data-testid="summary-print">
      {label}
    </button>
  );
}
