"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the print stylesheet lays the summary out on A4. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="secondary" size="sm" onClick={() => window.print()} data-testid="summary-print">
      {label}
    </Button>
  );
}
